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
