/**
 * Aliases as a trie of folded words, walked from a token: the one structure every exact match reads.
 */
import { type Token } from '../core/fold';

export interface TrieNode {
	next: Map<string, TrieNode>;
	places: string[];
}

export function addPath(root: Map<string, TrieNode>, words: readonly string[], placeId: string): void {
	if (words.length === 0) return;
	let level = root;
	let node: TrieNode | undefined;
	for (const word of words) {
		node = level.get(word);
		if (!node) {
			node = { next: new Map(), places: [] };
			level.set(word, node);
		}
		level = node.next;
	}
	if (node && !node.places.includes(placeId)) node.places.push(placeId);
}

/** The node at the end of a path of whole words, if the trie has it. */
export function walkWords(root: Map<string, TrieNode>, words: readonly string[]): TrieNode | undefined {
	let level = root;
	let node: TrieNode | undefined;
	for (const word of words) {
		node = level.get(word);
		if (!node) return undefined;
		level = node.next;
	}
	return node;
}

/** The gap a false-friend phrase may have between words: a space, a hyphen or an ampersand. */
const FRIEND_GAP = /^[\s\-\u2010-\u2015&]{1,3}$/u;

/**
 * The longest path of `trie` from token `i`, its words joined by gaps `joins` accepts: the exact alias
 * match (spaces, hyphens, dashes) and the false-friend phrases (also "&") walk the same way.
 */
export function walkTrie(
	text: string,
	tokens: Token[],
	i: number,
	trie: Map<string, TrieNode>,
	joins: (gap: string) => boolean
): { last: number; places: string[] } | undefined {
	let level = trie;
	let best: { last: number; places: string[] } | undefined;
	for (let j = i; j < tokens.length; j++) {
		if (j > i && !joins(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
		const node = level.get(tokens[j]!.text);
		if (!node) break;
		if (node.places.length > 0) best = { last: j, places: node.places };
		level = node.next;
	}
	return best;
}

export const friendGap = (gap: string) => FRIEND_GAP.test(gap);
