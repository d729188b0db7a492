/**
 * What every rule of the cleaner reads a line by: its words, whether a sentence's end closes it,
 * the kind a line is read as, and the list bullet a page may put before it.
 */

/** An outlet's name on a line of its own after a dash or a bar: "- Valley Courier". */
export const SITE_LINE = /^[-–—|]\s*(\p{Lu}[\p{L}\p{N} .&'-]{1,60})$/u;
/** A sentence's end, with the quotation marks or brackets that may close it. */
export const TERMINAL = /[.!?…:;]["”’'»)\]]*$/u;
/** A Latin letter: a line with letters and none of these is in another script. */
export const LATIN = /\p{Script=Latin}/u;
/** Any letter, in any script. */
export const LETTER = /\p{L}/u;

/** How a single line reads, before any context is applied. */
export type LineKind =
	'blank' | 'furniture' | 'embed' | 'other-script' | 'caption' | 'credit' | 'site' | 'headline' | 'prose';

/** How many words a line has, as spaces separate them. */
export function wordCount(line: string): number {
	return line.split(/\s+/).filter(Boolean).length;
}

/** A list bullet before a line: a page repeats its headline as the first item of a summary. */
const LEADING_BULLET = /^[•·▪◦‣]\s*/u;

/**
 * The line without a leading list bullet ("• Troops enter the town" is the line "Troops enter the
 * town").
 */
export function withoutBullet(line: string): string {
	return line.replace(LEADING_BULLET, '');
}
