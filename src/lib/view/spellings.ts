/**
 * How a place panel lists a place's other names. A curated place can carry twenty or more aliases,
 * most of them phrases the geoparser needs ("observation post at Shir Mughar", "town of Saraqeb")
 * rather than spellings a reader looks for, and listed whole they push the place's events off a
 * phone's screen. The panel shows the spellings first and a few of them at once; the rest stay one
 * click away, so nothing is hidden for good.
 */

/** The names shown at once, and those behind a "more" control, in the order they are listed. */
export interface SpellingList {
	shown: string[];
	more: string[];
}

/** How many names a panel shows before the "more" control. */
export const SHOWN_SPELLINGS = 6;

function words(s: string): string {
	return ` ${s
		.toLocaleLowerCase('en')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

/**
 * Splits `aliases` (without `name` and repeats) into spellings and phrase forms: an alias that holds
 * another of the names as whole words ("Saraqeb city" holds "Saraqeb") is a phrase form and is listed
 * after every spelling, each group keeping its curated order; the first `limit` are shown.
 */
export function listSpellings(
	name: string,
	aliases: readonly string[],
	limit = SHOWN_SPELLINGS
): SpellingList {
	const seen = new Set([words(name)]);
	const names: string[] = [];
	for (const alias of aliases) {
		const key = words(alias);
		if (key.trim() === '' || seen.has(key)) continue;
		seen.add(key);
		names.push(alias);
	}
	const keys = [words(name), ...names.map(words)];
	const isPhrase = (alias: string): boolean => {
		const key = words(alias);
		return keys.some((other) => other !== key && other.trim() !== '' && key.includes(other));
	};
	const ordered = [...names.filter((a) => !isPhrase(a)), ...names.filter(isPhrase)];
	return { shown: ordered.slice(0, limit), more: ordered.slice(limit) };
}
