import { mkdtempSync, readdirSync, rmSync, utimesSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../data/records';
import { MAX_PACKS, packText, readPack, RecordCache, scanPack } from './record-cache';
import { RECORD_FORMAT } from './record-keys';

const dirs: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'record-cache-'));
	dirs.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const record = (n: number): ArticleRecord => ({
	mentions: [{ place: `p${n}`, start: n, end: n + 3, surface: 'Abc' }],
	events: []
});
const key = (n: number) => n.toString(16).padStart(64, '0');

describe('RecordCache', () => {
	it('keeps what a build adds for the next build of the same context, and nothing for another', () => {
		const dir = tempDir();
		const first = new RecordCache(dir, 'ctx-a');
		expect(first.get(key(1))).toBeUndefined();
		first.put(key(1), record(1));
		first.put(key(2), record(2));
		expect(first.flush()).toBe(2);
		const again = new RecordCache(dir, 'ctx-a');
		expect(again.size).toBe(2);
		expect(again.get(key(1))).toEqual(record(1));
		expect(again.get(key(2))).toEqual(record(2));
		expect(new RecordCache(dir, 'ctx-b').get(key(1))).toBeUndefined();
	});

	it('writes one pack per build and folds them into one, with only the live records, past the limit', () => {
		const dir = tempDir();
		for (let build = 1; build <= MAX_PACKS; build++) {
			const cache = new RecordCache(dir, 'ctx');
			cache.put(key(build), record(build));
			cache.flush();
		}
		expect(readdirSync(join(dir, 'ctx'))).toHaveLength(MAX_PACKS);
		const cache = new RecordCache(dir, 'ctx');
		cache.put(key(100), record(100));
		cache.flush(new Set([key(1), key(100)]));
		expect(readdirSync(join(dir, 'ctx'))).toHaveLength(1);
		const folded = new RecordCache(dir, 'ctx');
		expect(folded.size).toBe(2);
		expect(folded.get(key(100))).toEqual(record(100));
		expect(folded.get(key(2))).toBeUndefined();
	});

	it('keeps every record in a fold when no live set is given (a part builds only some articles)', () => {
		const dir = tempDir();
		for (let build = 1; build <= MAX_PACKS + 1; build++) {
			const cache = new RecordCache(dir, 'ctx');
			cache.put(key(build), record(build));
			cache.flush();
		}
		expect(readdirSync(join(dir, 'ctx'))).toHaveLength(1);
		expect(new RecordCache(dir, 'ctx').size).toBe(MAX_PACKS + 1);
	});

	it('writes nothing when a record is already held, and ignores a damaged pack', () => {
		const dir = tempDir();
		const cache = new RecordCache(dir, 'ctx');
		cache.put(key(1), record(1));
		cache.flush();
		writeFileSync(join(dir, 'ctx', 'zz.jsonl'), 'not a pack\n');
		const again = new RecordCache(dir, 'ctx');
		again.put(key(1), record(1));
		expect(again.flush()).toBe(0);
		expect(again.get(key(1))).toEqual(record(1));
	});

	it('removes a context folder no build has used for a month', () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'old'));
		const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
		utimesSync(join(dir, 'old'), longAgo, longAgo);
		mkdirSync(join(dir, 'recent'));
		const cache = new RecordCache(dir, 'ctx');
		cache.put(key(1), record(1));
		cache.flush();
		expect(readdirSync(dir).sort()).toEqual(['ctx', 'recent']);
	});
});

describe('RecordCache in rounds', () => {
	it('appends each round to one pack, reads records back from disk, and names the pack when flushed', () => {
		const dir = tempDir();
		const cache = new RecordCache(dir, 'ctx');
		for (let round = 0; round < 3; round++) {
			for (let n = round * 10; n < round * 10 + 10; n++) cache.put(key(n), record(n));
			cache.append();
			expect(cache.get(key(round * 10 + 3))).toEqual(record(round * 10 + 3));
		}
		expect(cache.size).toBe(30);
		expect(cache.flush()).toBe(30);
		expect(readdirSync(join(dir, 'ctx'))).toHaveLength(1);
		expect(readdirSync(join(dir, 'ctx'))[0]).toMatch(/^[0-9a-f]{16}\.jsonl$/);
		expect(cache.get(key(7))).toEqual(record(7));
		cache.close();
		const again = new RecordCache(dir, 'ctx');
		expect(again.size).toBe(30);
		expect(again.get(key(29))).toEqual(record(29));
		again.close();
	});
});

describe('record packs', () => {
	it('are scanned for where each record lies, whatever the chunk a line falls across', () => {
		const path = join(tempDir(), 'p.jsonl');
		const entries: [string, string][] = [1, 2, 3].map((n) => [key(n), JSON.stringify(record(n))]);
		entries.push([
			key(4),
			JSON.stringify({ mentions: [{ place: 'sarāqib', surface: 'سراقب' }], events: [] })
		]);
		const text = packText({ format: RECORD_FORMAT, context: 'c' }, entries);
		writeFileSync(path, text);
		const bytes = Buffer.from(text, 'utf8');
		for (const chunk of [7, 64, 1 << 20]) {
			const found: [string, string][] = [];
			const header = scanPack(
				path,
				(k, offset, length) => found.push([k, bytes.toString('utf8', offset, offset + length)]),
				chunk
			);
			expect(header.context).toBe('c');
			expect(found).toEqual(entries);
		}
	});

	it('read back what was written, header and entries', () => {
		const path = join(tempDir(), 'p.jsonl');
		const header = { format: RECORD_FORMAT, context: 'c', shard: '2/8' };
		writeFileSync(path, packText(header, [[key(1), JSON.stringify(record(1))]]));
		const pack = readPack(path);
		expect(pack.header).toEqual(header);
		expect([...pack.entries]).toEqual([[key(1), JSON.stringify(record(1))]]);
	});

	it('refuse a file that is not a pack of this format, naming it', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'a.jsonl'), 'hello\n');
		writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ format: RECORD_FORMAT + 1, context: 'c' })}\n`);
		writeFileSync(
			join(dir, 'c.jsonl'),
			`${JSON.stringify({ format: RECORD_FORMAT, context: 'c' })}\nno-tab\n`
		);
		expect(() => readPack(join(dir, 'a.jsonl'))).toThrow(/a\.jsonl: not a record pack/);
		expect(() => readPack(join(dir, 'b.jsonl'))).toThrow(/b\.jsonl: not a record pack of format/);
		expect(() => readPack(join(dir, 'c.jsonl'))).toThrow(/c\.jsonl: line 2 has no key/);
	});
});
