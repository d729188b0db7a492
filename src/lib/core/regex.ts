/**
 * Every match of a global regular expression in a text, as `String.prototype.matchAll` gives them,
 * without its cost. `matchAll` copies the expression (through `RegExp[Symbol.species]`) at every
 * call, which in V8 costs several microseconds; the event extractor and the date reader run a dozen
 * expressions over every sentence of the corpus, and there the copies cost more than the matching
 * (a CPU profile of the data build, docs/scaling.md). This runs `exec` on the expression
 * itself and leaves its `lastIndex` at 0, so a caller never sees state left between two texts.
 *
 * @throws when the expression is not global: without `g` `exec` would find the first match forever.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`execAll needs a global expression, not /${re.source}/${re.flags}`);
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	try {
		for (let m = re.exec(text); m; m = re.exec(text)) {
			out.push(m);
			// An empty match would be found again at the same place: step past it as matchAll does, by a
			// whole code point when the expression reads code points.
			if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
		}
	} finally {
		re.lastIndex = 0;
	}
	return out;
}

/** The index after `i`: one code unit, or a whole surrogate pair where the expression reads code points. */
function advance(text: string, i: number, codePoints: boolean): number {
	if (!codePoints || i + 1 >= text.length) return i + 1;
	const c = text.charCodeAt(i);
	const d = text.charCodeAt(i + 1);
	return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * A text lowercased for the literal gates of `execAllWhere`: the one character outside ASCII that a
 * case-insensitive expression reads as an ASCII letter and `toLowerCase` leaves alone, the long s
 * ("ſ", which `/s/iu` matches), is written as "s", so a gate never hides a match. Made once per
 * text and tested with `includes`, which costs far less than running an expression that opens with
 * a word boundary or a list of words at every character.
 */
export function gateText(text: string): string {
	const lower = text.toLowerCase();
	return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * Whether a gate lets an expression run: every group of `groups` has one of its words in `lower` (a
 * `gateText`). A group lists, lowercased, words of which any match of the expression holds one, so
 * a text it lacks cannot match.
 */
export function gateOpen(lower: string, groups: readonly (readonly string[])[]): boolean {
	// Plain loops: the closures of `every` and `some` cost more than the tests where the gate runs
	// a dozen times for every sentence.
	for (const words of groups) {
		let found = false;
		for (const w of words)
			if (lower.includes(w)) {
				found = true;
				break;
			}
		if (!found) return false;
	}
	return true;
}

/**
 * `execAll`, or nothing when the gate says the text cannot match (`gateOpen`): the same matches,
 * without running the expression over a text that lacks its words.
 */
export function execAllWhere(
	re: RegExp,
	text: string,
	lower: string,
	groups: readonly (readonly string[])[]
): RegExpExecArray[] {
	return gateOpen(lower, groups) ? execAll(re, text) : [];
}
