/**
 * Word lists as one regular expression that the engine can walk letter by letter.
 */

/** A trie node: its children by (lower-case) letter, and whether a phrase ends here. */
interface Node {
	next: Map<string, Node>;
	end: boolean;
}

/** Characters with a meaning in a regular expression, escaped when a phrase holds them. */
const SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * The source of a regular expression, for use with the `i` flag, that matches what
 * `(?:p1|p2|…)` with the phrases sorted longest first matches: at each position the longest phrase
 * that the rest of the pattern lets end there. A space in a phrase matches any run of white space.
 *
 * The phrases are laid out as a trie (`took(?:\s+control\s+of)?`) rather than side by side. A flat
 * alternation of a few hundred phrases makes the engine try every one at every word of every
 * sentence, which made the event extractor's trigger search about a tenth of the data build; the trie
 * reads one letter and follows one branch. The two agree because, under the `i` flag, the branches
 * leaving a node start with different letters (or white space), so at most one can go on: the
 * phrases that can match at a position are prefixes of one another, and the trie tries the longer
 * before the shorter, as the sorted alternation does. Phrases are folded to lower case, so the result
 * is only equivalent under `i`.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
	const root: Node = { next: new Map(), end: false };
	for (const phrase of phrases) {
		if (phrase === '') continue;
		let node = root;
		for (const unit of units(phrase.toLowerCase())) {
			let child = node.next.get(unit);
			if (!child) node.next.set(unit, (child = { next: new Map(), end: false }));
			node = child;
		}
		node.end = true;
	}
	// No phrase: a pattern that never matches, as an empty alternation would not be.
	return root.next.size ? `(?:${source(root)})` : '(?!)';
}

/** A phrase as the units the trie branches on: runs of spaces as one `\s+`, other characters escaped. */
function units(phrase: string): string[] {
	const out: string[] = [];
	for (const ch of phrase) {
		if (ch === ' ') {
			if (out.at(-1) !== '\\s+') out.push('\\s+');
		} else out.push(SPECIAL.test(ch) ? `\\${ch}` : ch);
	}
	return out;
}

/** The pattern below `node`: its branches, each before ending here when a phrase also ends here. */
function source(node: Node): string {
	const branches = [...node.next].map(([unit, child]) => unit + source(child));
	if (branches.length === 0) return '';
	const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
	if (!node.end) return body;
	return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}
