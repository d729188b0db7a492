/**
 * Agreements the reporting names otherwise than with a verb of agreeing: a deal named by the place it
 * covers ("the de-escalation zone agreement", "the Idlib deal"), a place "as agreed" at talks, and a
 * deal whose terms are given as what its zones include ("Under the agreement, the zones include parts
 * of X, Y and Z"). Each gives the span of one agreement word, read by the extractor like its other
 * triggers (guide rule 7: an agreement is at every place its clause names as covered, never at its
 * venue).
 */
import type { PlaceKind } from '../places/kinds';
import { execAll, gateOpen, gateText } from '../core/regex';

/** One agreement word found in a sentence, in sentence offsets. */
export interface AgreementSpan {
	start: number;
	end: number;
	text: string;
	/**
	 * `named`: the deal is named by the place right before it ("the M4 agreement"), which is its only
	 * place; `terms`: its places are the ones its clause lists after the word.
	 */
	reading: 'named' | 'terms' | 'frame' | 'made';
	/**
	 * For a `frame`: where its framing words start ("within the scope of the"), and which clause it
	 * frames: the one `before` them, or the one `after` its comma when it opens the sentence.
	 */
	frame?: { side: 'before' | 'after'; at: number };
	/**
	 * For a `made` deal: where its participle of making ends ("a deal made", "a truce reached"), and
	 * whether its word is a truce's (a `ceasefire`, not an `agreement`).
	 */
	making?: { end: number; truce: boolean };
}

/** A deal word after a place's name ("zone agreement", "Idlib deal") or a place "as agreed upon". */
const NAMED_DEAL =
	/(?<=\S)\s+(?:(?:agreements?|deals?|accords?|memorand(?:um|a))\b|as\s+agreed(?:\s+(?:up)?on)?\b)/gi;

/**
 * A sentence that opens with the deal it reports ("Under the agreement signed between the parties,"),
 * then a verb that gives what it covers ("the four zones include"): that verb is the agreement word.
 */
const UNDER_DEAL =
	/^\s*(?:under|according\s+to|by)\s+(?:the|this|that|a|an)\s+(?:[^\s,;:.]+\s+){0,3}?(?:agreements?|deals?|accords?|memorand(?:um|a))\b[^;:.]*?,/i;
const COVERS =
	/\b(?:include|includes|included|cover|covers|covered|encompass|encompasses|encompassed|comprise|comprises|comprised)\b/i;

/**
 * A deal cited as the frame of what a clause reports, up to its word ("within the scope of the March
 * 5 agreement", "as part of the deal", "under an accord"): the acts it frames are its terms carried
 * out, so the places of that clause are what it covers (guide rule 7); the deal's date, when the
 * words give one, is its own. Talks or a process ("as part of the Astana process") and a truce
 * ("under the ceasefire", a time) are not deals here, nor are deals in the plural ("in line with
 * the agreements between the guarantors" names no one deal).
 */
const FRAME_DEAL =
	/\b(?:(?:with)?in\s+the\s+(?:scope|framework)\s+of|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|under)\s+(?:the|a|an|this|that)\s+(?:[^\s,;:.]+\s+){0,4}?(agreement|deal|accord|memorandum)\b/gi;

/**
 * A deal that is the subject of a verb giving its terms ("the deal sets up a corridor along X", "the
 * deal stipulated establishing a zone", "a deal that called for joint patrols along X"): what the
 * verb governs is what the deal covers (guide rule 7), and a corridor, a zone or patrols named there
 * are terms, not yet set up or carried out. The deal's word and its verb are the agreement word, so
 * the deal's own clause dates it ("On 5 March they signed a deal that called for …").
 */
const DEAL_TERMS =
	/\b(?:the|this|that|a|an|its|their)\s+(?:[^\s,;:.]+\s+){0,4}?((?:agreement|deal|accord|memorandum)\s+(?:(?:that|which)\s+)?(?:also\s+)?(?:sets\s+up|set\s+up|establishes|creates|stipulates|stipulated|provides\s+for|provided\s+for|calls\s+for|called\s+for|envisages|envisaged|foresees|foresaw))\b/gi;

/**
 * A clause that closes with what its parties agreed, with a date right after ("… from the province of
 * X, as Ankara and Moscow agreed a month ago"): the clause before tells the deal carried out, as a
 * frame ("under the deal") does, so its places are what the deal covers; the date after the verb is
 * the deal's own. Up to five words of subject ("as the two sides had agreed").
 */
const AS_AGREED =
	/,\s*(as\s+(?:[\p{L}'’-]+\s+){1,5}?(?:had\s+)?agreed)\s+(?=(?:a|an|one|two|three|last|in|on|earlier)\b)/giu;

/**
 * A deal or truce word with a participle of making right after it ("a deal made", "a truce reached",
 * "the agreement was signed"): the deal as made, which its own words may say covers what (guide rule
 * 7). The extractor reads one only when a date to the month or the day follows the participle.
 */
const DEAL_MADE =
	/\b(agreement|deal|accord|memorandum|truce|ceasefire|cease-fire)\s+(?:(?:was|were)\s+)?(?:signed|reached|made|struck|brokered|concluded|sealed)\b/gi;

/** The kinds of place a deal can be named by: what it covers, never a city that hosted it ("the Sochi deal"). */
const NAMING_KINDS = new Set<PlaceKind>(['zone', 'highway', 'governorate', 'province', 'plain']);

/**
 * The words of which every pattern here needs one, lowercased ("agree" for "agreement" and "as
 * agreed"): most sentences name no deal, and without them none of the patterns can match, so none is
 * run (`gateOpen`).
 */
const DEAL_WORDS = [['agree', 'deal', 'accord', 'memorand', 'truce', 'cease']];

/** The agreement words of a sentence that no verb of agreeing marks. */
export function agreementSpans(sentence: string): AgreementSpan[] {
	const out: AgreementSpan[] = [];
	if (!gateOpen(gateText(sentence), DEAL_WORDS)) return out;
	for (const m of execAll(NAMED_DEAL, sentence)) {
		const start = m.index + m[0].length - m[0].trimStart().length;
		out.push({ start, end: m.index + m[0].length, text: m[0].trim(), reading: 'named' });
	}
	const under = UNDER_DEAL.exec(sentence);
	if (under) {
		const rest = sentence.slice(under[0].length);
		const covers = COVERS.exec(rest);
		// The verb belongs to the clause right after the deal's comma, a few words on.
		if (
			covers &&
			!/[,;:]/.test(rest.slice(0, covers.index)) &&
			rest.slice(0, covers.index).split(/\s+/).length <= 8
		) {
			const start = under[0].length + covers.index;
			out.push({ start, end: start + covers[0].length, text: covers[0], reading: 'terms' });
		}
	}
	for (const m of execAll(DEAL_TERMS, sentence)) {
		const end = m.index + m[0].length;
		const start = end - m[1]!.length;
		if (out.some((o) => o.reading !== 'named' && o.start < end && o.end > start)) continue;
		// The deal's word read by a name before it ("the Idlib deal sets up") is read with its terms.
		for (let i = out.length - 1; i >= 0; i--)
			if (out[i]!.start < end && out[i]!.end > start) out.splice(i, 1);
		out.push({ start, end, text: m[1]!, reading: 'terms' });
	}
	for (const m of execAll(FRAME_DEAL, sentence)) {
		const start = m.index + m[0].length - m[1]!.length;
		const end = m.index + m[0].length;
		// Already read as a deal whose terms its clause lists, or as one a place names ("as part of
		// the zone agreement"): the extractor keeps the named reading when the place names the deal.
		if (out.some((o) => o.reading === 'terms' && o.start < end && o.end > m.index)) continue;
		// Opening the sentence, the deal frames the clause after its comma.
		const fronted = /^\s*$/.test(sentence.slice(0, m.index));
		if (fronted && !/^[^,;:.]*,/.test(sentence.slice(end))) continue;
		out.push({
			start,
			end,
			text: m[1]!,
			reading: 'frame',
			frame: { side: fronted ? 'after' : 'before', at: m.index }
		});
	}
	for (const m of execAll(AS_AGREED, sentence)) {
		const start = m.index + m[0].indexOf(m[1]!);
		const end = start + m[1]!.length;
		out.push({ start, end, text: m[1]!, reading: 'frame', frame: { side: 'before', at: start } });
	}
	for (const m of execAll(DEAL_MADE, sentence)) {
		const end = m.index + m[1]!.length;
		// A deal already read otherwise (a frame, its terms) keeps that reading.
		if (out.some((o) => o.reading !== 'named' && o.start < end && o.end > m.index)) continue;
		out.push({
			start: m.index,
			end,
			text: m[1]!,
			reading: 'made',
			making: { end: m.index + m[0].length, truce: /^(?:truce|ceasefire|cease-fire)$/i.test(m[1]!) }
		});
	}
	return out;
}

/**
 * Whether a place right before a `named` agreement word names the deal: only whitespace between, a
 * kind of place a deal covers, and one place, not a kind of them ("de-escalation zones deal",
 * "“buffer zone” deal" name the sort of deal, not the zone it covers).
 */
export function namesDeal(name: string, between: string, kind: PlaceKind | undefined): boolean {
	return /^\s+$/.test(between) && !/\bzones$/i.test(name) && !!kind && NAMING_KINDS.has(kind);
}
