/**
 * Whether the words around an event word say it did not happen or has not yet: a modal, a negation,
 * an intent or an infinitive before it, a failure or refusal, a possibility as the subject of a
 * modal, or a schedule that puts it ahead.
 */
import { execAll } from '../core/regex';
import { MONTH_MAY } from './dates';
import { WHOLE_CLAUSE, type Found, type WordClass } from './triggers';
import { escape, lowerSet as set, words } from './sentences';
import WORDS from './event-words.json' with { type: 'json' };

const MODAL = set(WORDS.modal);
const NEGATION = set(WORDS.negation);
const INTENT = set(WORDS.intent);
const INFINITIVE_FINE = set(WORDS.infinitiveFine);

const FUTURE_FINE = new Map(
	Object.entries(WORDS.futureFineFor).map(([cls, w]) => [cls as WordClass, set(w)])
);

/** How far before a trigger its modal, negation or intent words stand ("would not be able to"). */
const MODALITY_WINDOW = 4;

/**
 * Whether the words before a trigger (back to the previous trigger, at most `MODALITY_WINDOW`
 * words) say it did not happen or has not yet: a modal ("would capture"), a negation ("did not
 * enter", "denied striking"), an intent ("threatened to strike", "in a bid to surround"), or an
 * infinitive's "to" that no "able to"/"began to" makes a fact. A ceasefire announced for the hours
 * ahead is one: "will" and "would" do not make it unreal.
 */
export function unreal(before: string, cls?: WordClass): boolean {
	const w = words(before.replace(MONTH_MAY, ' ')).slice(-MODALITY_WINDOW);
	const fine = cls && FUTURE_FINE.get(cls);
	for (let i = 0; i < w.length; i++) {
		const word = w[i]!;
		// "is supposed to have struck X" passes on a claim about the past (guide rule 8), while
		// "are supposed to begin patrols" puts them ahead.
		if (word === 'supposed' && w[i + 1] === 'to' && w[i + 2] === 'have') continue;
		if (
			(MODAL.has(word) && !fine?.has(word)) ||
			NEGATION.has(word) ||
			INTENT.has(word) ||
			word.endsWith("n't") ||
			word.endsWith('n’t')
		)
			return true;
	}
	const last = w.at(-1);
	if (last === 'to' && !INFINITIVE_FINE.has(w.at(-2) ?? '')) return true;
	return (
		NEGATED_PERMIT.test(before) ||
		FAILED_TO.test(before) ||
		(cls === 'attack' && undertakenAhead(before)) ||
		intendedAhead(before)
	);
}

/**
 * An infinitive of undertaking an attack whose object is the event noun, however many words of the
 * noun phrase stand between ("champing at the bit to launch their full out attacks on X", "poised
 * to mount a major ground offensive in X"): the noun is what is to be undertaken, a plan or a wish
 * (guide rule 9). The four-word window above misses a noun with a long run of modifiers. "Began
 * to", "continued to" make it a fact, as for any infinitive. Only attacks are undertaken so: "a deal
 * to resume a ceasefire" agrees the truce (guide rule 7).
 */
const UNDERTAKE_AHEAD =
	/\b([\p{L}'’]+)\s+to\s+(?:launch|carry\s+out|mount|wage|stage|conduct|begin|start|resume|unleash|step\s+up|intensify|escalate|renew|expand)\s+(?:(?!(?:of|in|on|at|to|from|with|by|for|and|or|that|which|who)\b)[\p{L}'’-]+\s+){0,5}$/iu;

function undertakenAhead(before: string): boolean {
	const m = UNDERTAKE_AHEAD.exec(before);
	return !!m && !INFINITIVE_FINE.has(m[1]!.toLowerCase());
}

/**
 * An intent or a hope whose verb's object is the event noun, however long the noun phrase ("wants to
 * bring the Syrian offensive to a halt in X", "expressed hope for achieving ceasefire in X"): what is
 * wanted or hoped for has not happened (guide rule 9). The four-word window above reaches the intent
 * word only when the noun phrase is short. "Is supposed to have shelled X" passes on a claim about
 * the past, so a perfect or passive infinitive is left to that window.
 */
const INTENT_OVER_NOUN =
	/\b([\p{L}'’]+)\s+(?:to|for)\s+(?!(?:have|has|had|be|been)\b)\p{L}+\s+(?:(?!(?:of|in|on|at|to|from|with|by|for|and|or|that|which|who)\b)[\p{L}'’-]+\s+){0,4}$/iu;

/** Words of hoping, which govern a noun as intents do ("hope for achieving a truce"). */
const HOPE = new Set(['hope', 'hopes', 'hoped', 'hoping']);

function intendedAhead(before: string): boolean {
	const m = INTENT_OVER_NOUN.exec(before);
	const word = m?.[1]!.toLowerCase() ?? '';
	return !!m && (INTENT.has(word) || HOPE.has(word));
}

/**
 * An indefinite noun phrase opening a clause ("an all-out assault on", "that a new offensive
 * against").
 */
const INDEFINITE_OPENING = /(?:^|\bthat\s+|[,;:]\s*)(?:an?|any|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A modal verb closing the subject a trigger opens, with no finite verb of the subject's own before
 * it.
 */
const MODAL_AFTER_SUBJECT = new RegExp(
	String.raw`^((?:\s+[^\s,;:.]+){0,10}?)\s+(?:${WORDS.modal.map(escape).join('|')})\s+(?:not\s+)?\p{L}`,
	'iu'
);
const FINITE_IN_SUBJECT =
	/\b(?:\p{L}+ed|was|were|is|are|has|had|have|hit|struck|took|fell|began|killed|left)\b/iu;

/**
 * An event that is the subject of a modal verb and is itself only a possibility: an indefinite one
 * ("an all-out assault on X could turn the crisis into a catastrophe") or a bare gerund opening the
 * sentence ("Capturing X will leave the province under government control"). What could or will
 * follow from it is said of an event that has not happened (guide rule 9); "The capture of X will
 * open the road" names one that has, and stays an event.
 */
export function hypotheticalSubject(sentence: string, trigger: Found): boolean {
	const before = sentence.slice(0, trigger.start);
	const opens = trigger.noun
		? INDEFINITE_OPENING.test(before)
		: /^\s*$/.test(before) && /ing$/i.test(trigger.text);
	if (!opens) return false;
	const m = MODAL_AFTER_SUBJECT.exec(sentence.slice(trigger.end));
	return !!m && !FINITE_IN_SUBJECT.test(m[1]!);
}

/** An aside between dashes ("will compromise its aim – the regime's return – with an assault"). */
const DASHED = /\s[—–]\s[^—–;:]{1,80}?\s[—–]\s/g;

/**
 * What opens a clause of its own: a comma, semicolon or colon, a relative or subordinate word, or a
 * participle with a preposition after it, a reduced relative with a time of its own ("would preserve
 * the gains made by the army during an offensive").
 */
const CLAUSE_OPENER =
	/[,;:]|\b(?:that|which|who|whom|whose|when|where|while|after|before|because|since|if|unless|but|and|or)\b|\b(?:\p{L}+ed|made|taken|held|won|seen|done|given|led|brought|fought|driven)\s+(?:by|during|in|at|on|over|from|with|under|through)\b/giu;

/** A modal verb and the verb it governs ("would carry out", "will not compromise"). */
const MODAL_VERB = new RegExp(
	String.raw`\b(?:${WORDS.modal.map(escape).join('|')})\s+(?:not\s+)?(?:\p{L}+ly\s+)?(?:be\s+)?\p{L}{2,}`,
	'iu'
);

/** The determiners that open a noun phrase. */
const DETERMINER = String.raw`(?:the|its|their|this|that|these|those|his|her|our|whose|a|an|any|another|some|no)`;

/**
 * The nearest determiner before a noun, with at most three other words between: a definite one
 * points at one known event ("the attack", "its offensive").
 */
const DEFINITE_BEFORE = new RegExp(
	String.raw`\b(?:the|its|their|this|that|these|those|his|her|our|whose)\s+(?:(?!${DETERMINER}\s)[\p{L}\d'’-]+\s+){0,3}$`,
	'iu'
);

/**
 * An indefinite event noun that the clause's modal verb governs, however far along the clause it
 * stands: "would carry out coordinated military patrols on X", "it will compromise its aim … with
 * an assault on X". What a modal puts ahead or in the possible has not happened (guide rule 9); the
 * four-word window of `unreal` is too short for a noun its verb's object or instrument holds. A
 * definite noun names an event that did ("said it would investigate the attack on X"), and a truce
 * or deal agreed for later is still agreed, so those are left to the other readings.
 */
export function modalOverNoun(prefix: string, cls: WordClass): boolean {
	if (WHOLE_CLAUSE.has(cls)) return false;
	const text = prefix.replace(DASHED, ' ');
	if (DEFINITE_BEFORE.test(text)) return false;
	let from = 0;
	for (const m of execAll(CLAUSE_OPENER, text)) from = m.index + m[0].length;
	return MODAL_VERB.test(text.slice(from));
}

/**
 * A failure or refusal whose verb governs the word a few words on ("failed to agree on a ceasefire
 * in X", "refused to sign a deal on X"): nothing was agreed or done.
 */
const FAILED_TO =
	/\b(?:failed|fail|fails|refused|refuse|refuses|declined|unable|yet)\s+to\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/**
 * A refusal to let it happen, however far the doer stands from the word ("is not prepared to allow
 * the army and its allies capture X", "will never let the regime take X"): nothing was taken.
 */
const NEGATED_PERMIT =
	/\b(?:not|never|n['’]t|refused\s+to|refuses\s+to)\s+(?:[\p{L}-]+\s+){0,3}?(?:allow|let|permit|tolerate)\b[^.;:]{0,80}$/iu;

/**
 * A modal anywhere between a noun and its place ("missiles may have damaged X", "strikes that could
 * reach X"): what the noun did there is only possible. The window of `unreal` is too short for a
 * noun whose verb stands a few words on.
 */
export function modalBetween(between: string, cls: WordClass): boolean {
	const fine = FUTURE_FINE.get(cls);
	if (!WHOLE_CLAUSE.has(cls) && cls !== 'ceasefire' && SCHEDULED.test(between)) return true;
	return words(between.replace(MONTH_MAY, ' ')).some((w) => MODAL.has(w) && !fine?.has(w));
}

/**
 * The words that, with "to", put a thing ahead ("is expected to", "are due to"): both readings
 * below use them.
 */
const AHEAD = String.raw`(?:expected|due|set|scheduled|planned|slated|likely|about|going)\s+to`;

/**
 * The same verb right after the noun's place ("on X is expected to", "in X are due to", "on X will
 * begin"), or the noun said to be about to happen ("an offensive into X was imminent").
 */
export const SCHEDULED_NEXT = new RegExp(
	String.raw`^\s*(?:(?:is|are)\s+${AHEAD}|will\s+(?:begin|start|take\s+place)|` +
		String.raw`(?:is|are|was|were|seemed|seems)\s+(?:(?:now|still|deemed|considered|seen\s+as)\s+)?imminent)\b`,
	'i'
);

/**
 * A noun's own verb that puts it ahead ("talks are due to take place in X", "the offensive on X is
 * expected to begin"): it has not happened. A deal or a truce may be agreed for later and still be
 * one.
 */
const SCHEDULED = new RegExp(
	String.raw`\b(?:is|are|was|were)\s+(?:${AHEAD}|to\s+(?:begin|start|take\s+place|be\s+held))\b`,
	'i'
);
