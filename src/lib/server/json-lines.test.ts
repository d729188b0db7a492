import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLines, writeJsonLines } from './json-lines';

/** A stream that takes `highWaterMark` bytes before asking the writer to wait, and holds what it got. */
function sink(highWaterMark: number, fail?: number) {
	const chunks: string[] = [];
	let drains = 0;
	const out = new Writable({
		highWaterMark,
		write(chunk: Buffer, _encoding, done) {
			if (fail !== undefined && chunks.length === fail) return done(new Error('disk full'));
			chunks.push(chunk.toString('utf8'));
			setImmediate(done);
		}
	});
	out.on('drain', () => drains++);
	return { out, chunks, drains: () => drains };
}

describe('JSON Lines', () => {
	it('writes one value a line, line breaks in strings escaped, so each line parses alone', () => {
		const values = [{ body: 'one\ntwo\u2028three' }, [1, 2], 'ليس'];
		const lines = [...jsonLines(values)];
		expect(lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
		expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(values);
	});

	it('refuses a value JSON cannot write rather than a line saying "undefined"', () => {
		expect(() => [...jsonLines([undefined])]).toThrow(/JSON value/);
	});

	it('waits for the stream to drain and loses nothing', async () => {
		const { out, chunks, drains } = sink(64);
		const values = Array.from({ length: 200 }, (_, i) => ({ i, text: 'x'.repeat(i % 17) }));
		expect(await writeJsonLines(out, values)).toBe(200);
		await new Promise<void>((done) => out.end(done));
		expect(drains()).toBeGreaterThan(0);
		const text = chunks.join('');
		expect(
			text
				.split('\n')
				.slice(0, -1)
				.map((l) => JSON.parse(l) as unknown)
		).toEqual(values);
	});

	it('stops with the stream’s error', async () => {
		const { out } = sink(16, 3);
		// The caller owns the stream and its error event (the CLI reports it); the writer reads `errored`.
		const seen: Error[] = [];
		out.on('error', (e) => seen.push(e));
		await expect(
			writeJsonLines(
				out,
				Array.from({ length: 1000 }, (_, i) => ({ i }))
			)
		).rejects.toThrow('disk full');
		expect(seen.map((e) => e.message)).toEqual(['disk full']);
	});
});
