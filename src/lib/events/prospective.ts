/**
 * Happenings a sentence names as not yet having happened, though no modal verb stands before them: a
 * change "at the point of" or "on the verge of" taking place ("troops are at the point of taking control
 * of the M5"), a noun after "there will be" ("From 15 March there will be joint patrols along the M4"),
 * and a happening given as the pretext or aim of another ("troops entered X under the pretext of setting
 * up observation posts"). Each reports what is to come or what is meant, not what took place (guide rule
 * 9: plans and purposes are no events), so the word governs no place. The reported act itself ("troops
 * entered X") is read as usual.
 */

/** Being about to do something: the -ing form of an event word follows. */
const ON_THE_POINT =
	/\b(?:at|on)\s+the\s+(?:point|verge|brink|cusp|edge)\s+of\s+$|\b(?:close|near)\s+to\s+$/i;

/** A happening given as the pretext, aim or setting of another act: the -ing form of an event word follows. */
const PURPOSE_OF =
	/\b(?:(?:under|on)\s+the\s+(?:pretext|pretence|pretense|guise)|with\s+the\s+(?:aim|goal|intention|purpose|objective)|for\s+the\s+purpose|in\s+the\s+context)\s+of\s+$/i;

/** An existential future before an event noun, with at most four words between ("there will be joint patrols"). */
const THERE_WILL_BE = /\bthere\s+(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * Whether the text before an event word names it as still to come or as a purpose: `before` runs from the
 * end of the previous event word (or the sentence's start) to this word, `word` is the event word's text.
 */
export function notYetBefore(before: string, word: string): boolean {
	const ing = /^[\p{L}-]+ing\b/iu.test(word);
	if (ing && (ON_THE_POINT.test(before) || PURPOSE_OF.test(before))) return true;
	return THERE_WILL_BE.test(before);
}
