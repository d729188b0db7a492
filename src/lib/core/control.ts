/**
 * The one rule for control characters in text that comes from outside (captures, curated files) and
 * goes to a terminal, a file or the page: C0 and C1 control characters other than tab and newline
 * are removed, and so are bidirectional embeddings, overrides and isolates that are not closed (or
 * closers that close nothing) within their line.
 *
 * A capture can carry terminal escape sequences (`ESC]0;title BEL` retitles the window, `ESC[2J`
 * clears the screen) that would act on whoever reads ingest's output, and a stray right-to-left
 * override reverses everything after it up to the end of the line, where it would drag a neighbouring
 * date or name into the reversed run. A balanced pair (U+202E … U+202C) is kept: it only reverses what
 * it encloses, which may be what an author meant, and the page isolates every name anyway.
 */

/** C0 controls except tab (U+0009) and newline (U+000A), DEL, and the C1 controls. */
function isControl(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

function hasControl(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
	return false;
}

function withoutControl(text: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (!isControl(text.charCodeAt(i))) continue;
		out += text.slice(from, i);
		from = i + 1;
	}
	return out + text.slice(from);
}

/** Bidi formatting characters: embeddings, overrides and their closer, isolates and theirs. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
const EMBEDDING_OPENERS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const POP_DIRECTIONAL_FORMATTING = '\u202c';
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Whether `text` has anything `cleanControl` would remove: cheap, so clean text costs one scan. */
function mayNeedCleaning(text: string): boolean {
	return hasControl(text) || BIDI.test(text);
}

/** Drops the bidi formatting characters of one line that do not pair up, as Unicode pairs them. */
function balanceLine(line: string): string {
	if (!BIDI.test(line)) return line;
	const drop = new Set<number>();
	const open: { at: number; isolate: boolean }[] = [];
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (EMBEDDING_OPENERS.has(ch)) open.push({ at: i, isolate: false });
		else if (ISOLATE_OPENERS.has(ch)) open.push({ at: i, isolate: true });
		else if (ch === POP_DIRECTIONAL_FORMATTING) {
			if (open.length && !open[open.length - 1]!.isolate) open.pop();
			else drop.add(i);
		} else if (ch === POP_DIRECTIONAL_ISOLATE) {
			const k = open.findLastIndex((o) => o.isolate);
			if (k < 0) drop.add(i);
			else {
				// A closed isolate also ends the embeddings opened inside it, which were never closed.
				for (const o of open.splice(k)) if (!o.isolate) drop.add(o.at);
			}
		}
	}
	for (const o of open) drop.add(o.at);
	if (!drop.size) return line;
	let out = '';
	for (let i = 0; i < line.length; i++) if (!drop.has(i)) out += line[i];
	return out;
}

/**
 * `text` without control characters (tab and newline kept) and without unbalanced bidi formatting
 * characters; see the module comment. Text with neither comes back unchanged (the same string).
 */
export function cleanControl(text: string): string {
	if (!mayNeedCleaning(text)) return text;
	return withoutControl(text).split('\n').map(balanceLine).join('\n');
}
