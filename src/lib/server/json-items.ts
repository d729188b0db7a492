/**
 * The items of a published file's top-level JSON array, one at a time, as the text they were
 * written as: a build adding articles reads `events.json` and `places.geojson` this way, so it
 * never holds either file (nor makes one string of it, which V8 caps at about 512 MB), only one
 * item. The file is read a chunk at a time and scanned byte by byte: an item ends where its
 * brackets close, outside strings (a byte of a multi-byte UTF-8 character is never a bracket or a
 * quote).
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

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

/**
 * Whether the quote at `i` of `buffer` is escaped (an odd run of backslashes before it), or null
 * when the run reaches back to the buffer's start and what comes before is not in it.
 */
function escapedAt(buffer: Buffer, i: number, whole: boolean): boolean | null {
	let j = i - 1;
	while (j >= 0 && buffer[j] === BACKSLASH) j--;
	if (j < 0 && !whole) return null;
	return (i - 1 - j) % 2 === 1;
}

/**
 * The last item of the array the file at `path` opens with `prefix`, as its text, or undefined when
 * the array is empty; read from the file's end, `window` bytes and then twice as many until the
 * item fits, so a build can compare the newest published event with new ones without reading the
 * rest. Scanning back is sound because outside strings every quote opens or closes one, and inside
 * a string a quote is the string's own only after an even run of backslashes. The file must end
 * with the array's and the prefix's brackets closed (`]}` after `{"events":[`).
 */
export function lastJsonItem(path: string, prefix: string, window = 1 << 16): string | undefined {
	const closers = [...prefix].filter((c) => c === '{' || c === '[').length;
	const fd = openSync(path, 'r');
	try {
		const size = fstatSync(fd).size;
		for (let span = Math.min(window, size); ; span = Math.min(span * 2, size)) {
			const buffer = Buffer.alloc(span);
			readSync(fd, buffer, 0, span, size - span);
			const found = lastItemIn(buffer, closers, span === size ? prefix.length : -1);
			if (found !== null) return found;
			if (span === size) throw new Error(`${path}: no array item found from its end`);
		}
	} finally {
		closeSync(fd);
	}
}

/**
 * The last item in `buffer` (the file's last bytes) before its `closers` closing brackets: its
 * text, undefined for an empty array, or null when the buffer does not reach back far enough.
 * `from` is where the array's items begin when the buffer is the whole file, -1 when it is not.
 */
function lastItemIn(buffer: Buffer, closers: number, from: number): string | undefined | null {
	const whole = from >= 0;
	const low = whole ? from : 0;
	let i = buffer.length - 1;
	for (let left = closers; left > 0; i--) {
		if (i < low) return whole ? undefined : null;
		const b = buffer[i]!;
		if (SKIP.has(b)) continue;
		if (!CLOSE.has(b)) throw new Error(`the file does not end with ${closers} closing brackets`);
		left--;
	}
	while (i >= low && SKIP.has(buffer[i]!)) i--;
	// Reaching the prefix, or the array's own opening bracket: no item.
	if (i < low) return whole ? undefined : null;
	if (OPEN.has(buffer[i]!)) return undefined;
	const end = i;
	let depth = 0;
	let inString = false;
	for (; i >= low; i--) {
		const b = buffer[i]!;
		if (inString) {
			if (b !== QUOTE) continue;
			const escaped = escapedAt(buffer, i, whole);
			if (escaped === null) return null;
			if (!escaped) inString = false;
		} else if (b === QUOTE) inString = true;
		else if (CLOSE.has(b)) depth++;
		else if (OPEN.has(b) && --depth === 0) return buffer.subarray(i, end + 1).toString('utf8');
	}
	if (whole) throw new Error('the last item does not start inside the array');
	return null;
}

/** The brackets that close what `prefix` opens, innermost first (`]}` for `{"events":[`). */
function closersOf(prefix: string): string {
	return [...prefix]
		.filter((c) => c === '{' || c === '[')
		.reverse()
		.map((c) => (c === '{' ? '}' : ']'))
		.join('');
}

/**
 * Appends `items` (each an item's JSON text) to the array the file at `path` opens with `prefix`,
 * in place: the file is cut after its last item and the items are written there, followed by the
 * closing brackets, so a file the build wrote becomes what writing the longer array whole gives
 * (`,` between items, nothing after the brackets). Only the last `window` bytes
 * are read. Run on a private copy: a reader of the file would see it cut for a moment.
 */
export function appendJsonItems(path: string, prefix: string, items: readonly string[], window = 4096): void {
	if (!items.length) return;
	const closers = closersOf(prefix);
	const fd = openSync(path, 'r+');
	try {
		const size = fstatSync(fd).size;
		const span = Math.min(window, size);
		const buffer = Buffer.alloc(span);
		readSync(fd, buffer, 0, span, size - span);
		let i = span - 1;
		for (const closer of [...closers].reverse()) {
			while (i >= 0 && SKIP.has(buffer[i]!)) i--;
			if (i < 0 || buffer[i] !== closer.charCodeAt(0))
				throw new Error(`${path} does not end with ${closers}`);
			i--;
		}
		while (i >= 0 && SKIP.has(buffer[i]!)) i--;
		if (i < 0) throw new Error(`${path}: nothing but space before its closing brackets`);
		// The file is cut after the last item, or after the array's opening bracket (the prefix's last
		// byte) when it is empty.
		const end = size - span + i + 1;
		const empty = end === prefix.length;
		ftruncateSync(fd, end);
		writeSync(fd, `${empty ? '' : ','}${items.join(',')}${closers}`, end);
	} finally {
		closeSync(fd);
	}
}
