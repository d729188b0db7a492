/**
 * JSON Lines (one JSON value a line): how a command hands over more records than fit in one string.
 * `JSON.stringify` of a million articles would pass V8's longest string (about 512 MB) long before the
 * heap is full; one line per record, written as the stream drains, never holds more than one.
 */
import type { Writable } from 'node:stream';

/** Each value as its line: the JSON text (which never holds a raw line break) and `\n`. */
export function* jsonLines(values: Iterable<unknown>): Generator<string> {
	for (const value of values) {
		const text = JSON.stringify(value);
		if (text === undefined) throw new TypeError('a JSON Lines record must be a JSON value');
		yield `${text}\n`;
	}
}

/**
 * Writes `values` to `out` one line each, waiting whenever the stream's buffer is full, so a slow
 * reader (a pipe, a disk) bounds memory rather than the number of records. Resolves with how many
 * lines were written, once the last is handed to the stream; rejects if the stream fails.
 */
export async function writeJsonLines(out: Writable, values: Iterable<unknown>): Promise<number> {
	let count = 0;
	for (const line of jsonLines(values)) {
		if (out.errored) throw out.errored;
		count++;
		if (!out.write(line)) await drained(out);
	}
	if (out.errored) throw out.errored;
	return count;
}

/** Resolves when `out` drains, rejects when it fails first; leaves no listener behind either way. */
function drained(out: Writable): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = (e?: Error) => {
			out.off('drain', done);
			out.off('error', done);
			out.off('close', closed);
			if (e) reject(e);
			else resolve();
		};
		const closed = () => done(out.errored ?? new Error('the stream closed before the last line was written'));
		out.on('drain', done);
		out.on('error', done);
		out.on('close', closed);
	});
}
