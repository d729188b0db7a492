/**
 * The items of a published file's top-level JSON array, one at a time, as the text they were written
 * as: a build adding articles reads `events.json` and `places.geojson` this way, so it never holds
 * either file (nor makes one string of it, which V8 caps at about 512 MB), only one item. The file is
 * read a chunk at a time and scanned byte by byte: an item ends where its brackets close, outside
 * strings (a byte of a multi-byte UTF-8 character is never a bracket or a quote).
 */
import { closeSync, openSync, readSync } from 'node:fs';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);
const SKIP = new Set([0x2c, 0x20, 0x0a, 0x0d, 0x09]);

/**
 * Each item of the array the file at `path` opens with `prefix` (`{"events":[`), in order; throws
 * when the file does not start so or ends inside an item.
 */
export function* jsonItems(path: string, prefix: string, chunk = 1 << 20): Generator<string> {
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(prefix.length);
		if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString() !== prefix)
			throw new Error(`${path} does not start with ${prefix}`);
		const buffer = Buffer.allocUnsafe(chunk);
		let position = prefix.length;
		/** The current item's bytes read so far, in pieces; its depth of brackets; inside a string. */
		let parts: Buffer[] = [];
		let depth = 0;
		let inString = false;
		let escaped = false;
		for (;;) {
			const n = readSync(fd, buffer, 0, buffer.length, position);
			if (n === 0) break;
			position += n;
			let start = depth > 0 ? 0 : -1;
			for (let i = 0; i < n; i++) {
				const b = buffer[i]!;
				if (depth === 0) {
					if (SKIP.has(b)) continue;
					if (CLOSE.has(b)) return;
					if (!OPEN.has(b)) throw new Error(`${path}: an item that is not an object or array`);
					start = i;
					depth = 1;
					continue;
				}
				if (inString) {
					if (escaped) escaped = false;
					else if (b === BACKSLASH) escaped = true;
					else if (b === QUOTE) inString = false;
				} else if (b === QUOTE) inString = true;
				else if (OPEN.has(b)) depth++;
				else if (CLOSE.has(b) && --depth === 0) {
					parts.push(Buffer.from(buffer.subarray(start, i + 1)));
					yield Buffer.concat(parts).toString('utf8');
					parts = [];
					start = -1;
				}
			}
			if (depth > 0) parts.push(Buffer.from(buffer.subarray(start, n)));
		}
		throw new Error(`${path} ends inside its array`);
	} finally {
		closeSync(fd);
	}
}
