import { execAll } from '../core/regex';

/**
 * Happenings a sentence names only as what something kept from happening: "a deal to stave off a regime
 * assault on X", "a move that has prevented a major offensive in X", "talks to avert an offensive on
 * X", "a truce that avoided a major offensive on X". The attack never took place, so the attack word governs no place (guide rule 9: plans,
 * conditions and denials are no events). A verb of repelling is not one of these: "troops fended off
 * an attack on X" reports an attack that happened (guide rule 5), and "warded off" is read both ways
 * ("a move designed to ward off an assault", "security had warded off attacks at X"), so it is left to
 * the words around it.
 */

/** A verb of keeping something from happening. */
const PREVENTING =
	/\b(?:stave[sd]?\s+off|staving\s+off|head(?:ed|s|ing)?\s+off|avert(?:ed|s|ing)?|avoid(?:ed|s|ing)?|prevent(?:ed|s|ing)?|forestall(?:ed|s|ing)?|pre-?empt(?:ed|s|ing)?)\b/gi;

/** What ends the reach of that verb before the word it keeps from happening: a clause break. */
const BREAK = /[;:,—–()]|\b(?:and|but|which|that|who|while|after|before|when|as)\b/i;

/** How many words may stand between the verb and the word it governs ("avert a massive regime assault"). */
const MAX_WORDS_BETWEEN = 5;

/**
 * Whether the text before an event word ends with a verb of keeping it from happening that governs it:
 * the verb, then at most `MAX_WORDS_BETWEEN` words with no clause break, then the event word.
 */
export function preventedBefore(before: string): boolean {
	let last: RegExpExecArray | null = null;
	for (const m of execAll(PREVENTING, before)) last = m as RegExpExecArray;
	if (!last) return false;
	const gap = before.slice(last.index + last[0].length);
	if (BREAK.test(gap)) return false;
	const count = gap.trim() ? gap.trim().split(/\s+/).length : 0;
	return count <= MAX_WORDS_BETWEEN;
}
