import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, type BuildInputs } from '../../src/lib/server/build-inputs';
import { writeBulkFile } from '../../src/lib/server/bulk-store';
import { addDataFiles } from '../../src/lib/server/data-delta';
import { writeDataFiles } from '../../src/lib/server/data-files';

const scratch = mkdtempSync(join(tmpdir(), 'data-delta-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const MONTHS = ['January', 'February', 'March', 'April', 'May'];
const day = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);

/** An article's text naming Saraqeb (Idlib every third day), with an event dated on its day. */
function body(d: string, i: number): string {
	const also = i % 3 ? '' : ' Shelling was reported in Idlib.';
	return `Government forces entered Saraqeb on ${d.slice(8)} ${MONTHS[Number(d.slice(5, 7)) - 1]}.${also}`;
}

/** Writes one Markdown article into the data folder `dir`. */
function article(dir: string, id: string, d: string, outlet: string, i: number): void {
	writeFileSync(
		join(dir, 'articles', `${id}.md`),
		`---\ntitle: Report ${i}\noutlet: ${outlet}\npublished: ${d}\n---\n\n${body(d, i)}\n`
	);
}

/** Every file under `dir`, relative to it. */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();
}

/**
 * An invented corpus of its own with the `valid` fixture's places: 60 articles on consecutive days from
 * 1 January 2019 by three outlets, two on 11 January, built; then 15 newer Markdown articles (one on
 * the newest day, after its id) and a store file of 5 more are added to the same folder.
 */
const outletOf = (i: number) => (i % 10 === 5 ? 'A New Wire' : i % 4 ? 'Fixture News' : 'Other Daily');

describe('a build adding articles (addDataFiles)', () => {
	it('gives the whole folder a full rebuild gives, file by file', async () => {
		process.env.RECORD_CACHE = 'off';
		const dir = join(scratch, 'geodata');
		mkdirSync(join(dir, 'articles'), { recursive: true });
		writeFileSync(join(dir, 'places.geojson'), readFileSync(join(FIXTURES, 'valid', 'places.geojson')));
		for (let i = 0; i < 60; i++) article(dir, `${day(i)}-report-${i}`, day(i), outletOf(i), i);
		article(dir, `${day(10)}-second`, day(10), 'Fixture News', 10);
		const first = join(scratch, 'first');
		// Table parts of 1 row, so that the places' tables seal parts at this size.
		const options = { dir, workers: 0, round: 7, tablePart: 1 };
		await writeDataFiles(first, options);

		for (let i = 59; i < 74; i++)
			article(dir, `${day(i)}-z-late-${i}`, day(i), i % 2 ? 'A New Wire' : 'Fixture News', i);
		writeBulkFile(
			join(dir, 'bulk', 'extra.parquet'),
			[74, 75, 76, 77, 78].map((i) => ({
				id: `${day(i)}-stored-${i}`,
				title: `Stored ${i}`,
				outlet: 'Other Daily',
				published: day(i),
				datePrecision: 'day' as const,
				body: body(day(i), i)
			}))
		);
		const added = join(scratch, 'added');
		const whole = join(scratch, 'whole');
		cpSync(first, added, { recursive: true, dereference: true });
		cpSync(first, whole, { recursive: true, dereference: true });
		const done = await addDataFiles(added, { dir, tablePart: 1 });
		if (typeof done === 'string') throw new Error(done);
		expect(done.added).toBe(20);
		await writeDataFiles(whole, options);

		const names = filesOf(whole);
		expect(filesOf(added)).toEqual(names);
		const differing = names.filter(
			(rel) => !readFileSync(join(added, rel)).equals(readFileSync(join(whole, rel)))
		);
		expect(differing).toEqual([]);
		// It wrote only what changed: fewer files than the folder holds, among them the whole-corpus ones.
		const changed = names.filter(
			(rel) =>
				!filesOf(first).includes(rel) ||
				!readFileSync(join(first, rel)).equals(readFileSync(join(whole, rel)))
		);
		expect(done.written).toBe(changed.length);
		expect(done.written).toBeLessThan(names.length);
		const kinds = (prefix: string) => changed.filter((rel) => rel.startsWith(prefix)).length;
		for (const prefix of ['data/events/places/', 'data/events/months/', 'data/search/postings/'])
			expect(kinds(prefix), prefix).toBeGreaterThan(0);

		// Nothing new: nothing to add.
		const again = await addDataFiles(added, { dir, tablePart: 1 });
		expect(again).toMatchObject({ added: 0, written: 0, touched: 0 });

		// A file only touched (a later time, the same bytes): still no article to add, and its new time
		// saved; the data files stay as they were.
		const touched = join(dir, 'articles', `${day(3)}-report-3.md`);
		const { atime, mtime } = statSync(touched);
		utimesSync(touched, atime, new Date(mtime.getTime() + 60_000));
		const published = names.map((rel) => readFileSync(join(added, rel)));
		const after = await addDataFiles(added, { dir, tablePart: 1 });
		expect(after).toMatchObject({ added: 0, written: 1, touched: 1 });
		const inputs = JSON.parse(readFileSync(join(added, BUILD_INPUTS), 'utf8')) as BuildInputs;
		expect(inputs.files[`articles/${day(3)}-report-3.md`]![1]).toBe(Math.round(statSync(touched).mtimeMs));
		const changedNow = names.filter((rel, i) => !readFileSync(join(added, rel)).equals(published[i]!));
		expect(changedNow).toEqual([BUILD_INPUTS]);
		expect(await addDataFiles(added, { dir, tablePart: 1 })).toMatchObject({ written: 0, touched: 0 });
	}, 60_000);

	it('refuses an older article and a changed input, writing nothing; finds a duplicate id', async () => {
		const dir = join(scratch, 'geodata');
		const out = join(scratch, 'added');
		const before = filesOf(out).map((rel) => readFileSync(join(out, rel)));
		article(dir, `${day(5)}-older`, day(5), 'Fixture News', 5);
		expect(await addDataFiles(out, { dir, tablePart: 1 })).toMatch(/older than the build's newest day/);
		rmSync(join(dir, 'articles', `${day(5)}-older.md`));

		// A store article whose id an article of an earlier store file has: found in its shard.
		const twice = join(scratch, 'twice');
		cpSync(out, twice, { recursive: true, dereference: true });
		writeBulkFile(join(dir, 'bulk', 'more.parquet'), [
			{
				id: `${day(74)}-stored-74`,
				title: 'Again',
				outlet: 'Other Daily',
				published: day(90),
				datePrecision: 'day',
				body: body(day(90), 90)
			}
		]);
		await expect(addDataFiles(twice, { dir, tablePart: 1 })).rejects.toThrow(/duplicate article id/);
		rmSync(join(dir, 'bulk', 'more.parquet'));

		const edited = join(dir, 'articles', `${day(1)}-report-1.md`);
		writeFileSync(edited, readFileSync(join(dir, 'articles', `${day(2)}-report-2.md`)));
		expect(await addDataFiles(out, { dir, tablePart: 1 })).toMatch(
			/articles\/2019-01-02-report-1\.md was edited/
		);
		expect(filesOf(out).map((rel) => readFileSync(join(out, rel)))).toEqual(before);
		rmSync(join(out, BUILD_INPUTS));
		expect(await addDataFiles(out, { dir, tablePart: 1 })).toMatch(/has no build-inputs\.json/);
		rmSync(join(out, 'build-state.json'));
		expect(await addDataFiles(out, { dir, tablePart: 1 })).toMatch(/no saved state/);
	}, 60_000);

	it('appends to events.json and events.csv when the new events sort last, else makes both again', async () => {
		const dir = join(scratch, 'geodata');
		// The folder as a full build of the data folder now leaves it (the spec above edited an article).
		const before = join(scratch, 'csv-before');
		await writeDataFiles(before, { dir, workers: 0, tablePart: 1 });
		/** The delta and a full rebuild from copies of `before`, compared file by file. */
		const both = async (name: string) => {
			const added = join(scratch, `${name}-added`);
			const whole = join(scratch, `${name}-whole`);
			cpSync(before, added, { recursive: true, dereference: true });
			cpSync(before, whole, { recursive: true, dereference: true });
			const done = await addDataFiles(added, { dir, tablePart: 1 });
			if (typeof done === 'string') throw new Error(done);
			await writeDataFiles(whole, { dir, workers: 0, tablePart: 1 });
			expect(filesOf(added)).toEqual(filesOf(whole));
			const names = filesOf(whole);
			expect(
				names.filter((rel) => !readFileSync(join(added, rel)).equals(readFileSync(join(whole, rel))))
			).toEqual([]);
			return { done, rows: readFileSync(join(whole, 'data', 'events.csv'), 'utf8').split('\r\n') };
		};
		const write = (id: string, published: string, dated: string) =>
			writeFileSync(
				join(dir, 'articles', `${id}.md`),
				`---\ntitle: ${id}\noutlet: Fixture News\npublished: ${published}\n---\n\n${body(dated, 1)}\n`
			);
		// A newer article reporting an event of its own day, after every published one: appended.
		write(`${day(80)}-newest`, day(80), day(80));
		const newest = await both('newest');
		expect(newest.done).toMatchObject({ added: 1, events: 'appended' });
		expect(newest.rows.at(-2)).toContain('newest');
		// The published files were copied, not appended to in place: the folder before keeps its own.
		const beforeJson = readFileSync(join(before, 'data', 'events.json'), 'utf8');
		expect(beforeJson).not.toContain('newest');
		const afterJson = readFileSync(join(scratch, 'newest-added', 'data', 'events.json'), 'utf8');
		expect(afterJson.slice(0, beforeJson.length - 2)).toBe(beforeJson.slice(0, -2));
		expect(afterJson.slice(beforeJson.length - 2)).toMatch(/^,\{"id":[^\n]*newest[^\n]*\}\]\}$/);
		rmSync(join(dir, 'articles', `${day(80)}-newest.md`));
		// A newer article reporting an event of 20 days before: its row goes among the others.
		write(`${day(80)}-looking-back`, day(80), day(60));
		const back = await both('back');
		expect(back.done).toMatchObject({ added: 1, events: 'rewritten' });
		const at = back.rows.findIndex((row) => row.includes('looking-back'));
		expect(at).toBeGreaterThan(0);
		expect(at).toBeLessThan(back.rows.length - 2);
		rmSync(join(dir, 'articles', `${day(80)}-looking-back.md`));
	}, 90_000);
});
