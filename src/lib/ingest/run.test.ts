import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDITIONS_FILE, ingest, MAX_CAPTURE_BYTES, type IngestOptions } from './run';
import { MAX_ARTICLE_ID_LENGTH } from '../corpus/article';
import { cleanControl } from '../core/control';
import { loadDataset } from '../server/pipeline';
import { geoNamesCities } from '../server/geonames';
import { readSources } from '../server/sources';
import { buildDataset } from '../data/dataset';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'ingest');
const page = join(fixtures, 'levant-monitor-page.html');
const reuters = join(fixtures, 'kafranbel-shelling.txt');
/**
 * A small valid geodata folder to write into. Ingest is an I/O shell (read, propose, validate, write), so
 * these tests need a folder that validates, not the curated corpus: a curator's edit to `geodata/` must
 * not change what they see.
 */
const VALID = join(root, 'tests', 'fixtures', 'valid');

let dir: string;
let geodata: string;
const options = (extra: Partial<IngestOptions> = {}): IngestOptions => ({
	geodata,
	dryRun: false,
	force: false,
	addPlaces: false,
	overrides: {},
	...extra
});
const rebuilt = () => {
	const { sources, issues } = readSources(geodata);
	expect(issues).toEqual([]);
	// As the build does: with the GeoNames rows automatic places come from.
	return buildDataset(sources, geoNamesCities());
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'ingest-'));
	geodata = join(dir, 'geodata');
	cpSync(VALID, geodata, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
	it('writes a valid article whose published mentions are the ones it proposed', () => {
		const before = readdirSync(join(geodata, 'articles')).length;
		const { files } = ingest([page], options());
		const [a] = files[0]!.articles;
		expect(a!.error).toBeUndefined();
		expect(a!.written).toMatch(/articles\/2020-03-05-convoy-reaches-jisr-al-shughur\.md$/);
		const names = readdirSync(join(geodata, 'articles'));
		expect(names).toHaveLength(before + 1);
		expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
		const published = rebuilt().articles.find((x) => x.id === a!.id)!;
		expect(published.body).toBe(a!.body);
		expect(published.mentions).toEqual(a!.mentions);
	});

	it('changes nothing in a dry run', () => {
		const { files } = ingest([page], options({ dryRun: true }));
		expect(files[0]!.articles[0]!.written).toBeUndefined();
		expect(readdirSync(join(geodata, 'articles')).some((n) => n.includes('convoy'))).toBe(false);
	});

	it('never replaces an existing article without force', () => {
		ingest([page], options());
		const target = join(geodata, 'articles', '2020-03-05-convoy-reaches-jisr-al-shughur.md');
		writeFileSync(target, readFileSync(target, 'utf8').replace('Levant Monitor', 'Edited By Hand'));
		const again = ingest([page], options()).files[0]!.articles[0]!;
		expect(again.error).toMatch(/exists: not replaced \(use --force/);
		expect(readFileSync(target, 'utf8')).toContain('Edited By Hand');
		expect(ingest([page], options({ force: true })).files[0]!.articles[0]!.written).toBeDefined();
		expect(readFileSync(target, 'utf8')).not.toContain('Edited By Hand');
	});

	it('names each bad file and why, and still processes the others', () => {
		const bad = (name: string, content: string | Buffer) => {
			const path = join(dir, name);
			writeFileSync(path, content);
			return path;
		};
		const huge = bad('huge.txt', Buffer.alloc(MAX_CAPTURE_BYTES + 1, 'a'));
		const files = [
			bad('empty.txt', '  \n\n'),
			bad('latin1.txt', Buffer.from('Caf\xe9 in Idlib\n\nSome text.', 'latin1')),
			huge,
			bad('binary.html', Buffer.from([60, 112, 62, 0, 1, 2])),
			bad('notes.pdf', 'x'),
			join(dir, 'missing.txt'),
			bad('menu.txt', 'Home\nMenu\nSubscribe\n'),
			page
		];
		const result = ingest(files, options());
		const errors = Object.fromEntries(result.files.map((f) => [f.file.split('/').pop(), f.error]));
		expect(errors).toEqual({
			'empty.txt': 'is empty',
			'latin1.txt': expect.stringMatching(/not valid UTF-8/),
			'huge.txt': expect.stringMatching(/^is 10\.0 MB, over the 10 MB limit/),
			'binary.html': expect.stringMatching(/binary/),
			'notes.pdf': expect.stringMatching(/unsupported file type "\.pdf"/),
			'missing.txt': 'no such file',
			'menu.txt': expect.stringMatching(/^no article found: .*3 line\(s\) dropped \(3 before-title\)/),
			'levant-monitor-page.html': undefined
		});
		expect(result.files.at(-1)!.articles[0]!.written).toBeDefined();
	});

	it('does not write an article it has no date or outlet for, and says what to give', () => {
		const md = join(dir, 'undated.md');
		writeFileSync(md, '# A headline with no date at all\n\nSome text about Saraqeb, told by nobody.\n');
		const [a] = ingest([md], options()).files[0]!.articles;
		expect(a!.error).toMatch(/--date/);
		const [b] = ingest([md], options({ overrides: { date: '2020-03-01' } })).files[0]!.articles;
		expect(b!.error).toMatch(/--outlet/);
		const [c] = ingest([md], options({ overrides: { date: '2020-03-01', outlet: 'Ledger' } })).files[0]!
			.articles;
		expect(c!.written).toBeDefined();
	});

	it('adds the gazetteer’s best match in the region for review, and the next build links it', () => {
		const result = ingest([reuters], options({ addPlaces: true, overrides: { date: '2020-03-03' } }));
		expect(result.placeWarnings).toEqual([]);
		expect(result.placesAdded).toEqual(expect.arrayContaining(['kafranbel', 'ariha', 'sarmin', 'taftanaz']));
		const additions = JSON.parse(readFileSync(join(geodata, ADDITIONS_FILE), 'utf8'));
		const kafranbel = additions.features.find((f: { id: string }) => f.id === 'kafranbel');
		expect(kafranbel.properties).toMatchObject({ precision: 'approximate', kind: 'town' });
		expect(kafranbel.properties.sources[0]).toMatch(/GeoNames .*geonames:168661/);
		const { articles } = rebuilt();
		const id = result.files[0]!.articles[0]!.id;
		expect(articles.find((a) => a.id === id)!.mentions.map((m) => m.place)).toContain('kafranbel');
		expect(loadDataset(geodata).places.filter((p) => p.id.startsWith('kafranbel'))).toHaveLength(1);
	});

	it('adds one place for one gazetteer row, with every spelling the run met as an alias', () => {
		const other = join(dir, 'other.txt');
		writeFileSync(
			other,
			'Shelling reaches Kafranbil again\n\nShells fell on Kafranbil on Monday, residents said.\n'
		);
		const result = ingest(
			[reuters, other],
			options({ addPlaces: true, overrides: { date: '2020-03-04', outlet: 'Wire' } })
		);
		expect(result.placesAdded).toContain('kafranbel');
		const additions = JSON.parse(readFileSync(join(geodata, ADDITIONS_FILE), 'utf8'));
		const rows = additions.features.filter((f: { properties: { sources: string[] } }) =>
			f.properties.sources[0]!.endsWith('geonames:168661')
		);
		expect(rows).toHaveLength(1);
		expect(rows[0].properties.aliases).toEqual(['Kafranbel', 'Kafranbil']);
	});

	it('bounds a file name made from a headline of one 300-letter word, and gives two articles two names', () => {
		const long = join(dir, 'long.txt');
		const text = `${'Saraqeb'.repeat(43)} shelled\n\nBEIRUT (Reuters) - Shelling hit Saraqeb on Tuesday, residents said.\n`;
		writeFileSync(long, text);
		const copy = join(dir, 'copy.txt');
		writeFileSync(copy, text);
		const { files } = ingest([long, copy, page], options({ overrides: { date: '2020-03-03' } }));
		expect(files.map((f) => f.error)).toEqual([undefined, undefined, undefined]);
		const ids = files.map((f) => f.articles[0]!.id!);
		expect(ids[0]!.length).toBeLessThanOrEqual(MAX_ARTICLE_ID_LENGTH);
		expect(ids[1]).toBe(`${ids[0]!.slice(0, MAX_ARTICLE_ID_LENGTH - 2)}-2`);
		expect(files.map((f) => f.articles[0]!.written)).toEqual([
			expect.stringContaining(ids[0]!),
			expect.stringContaining(ids[1]!),
			expect.stringContaining('convoy-reaches')
		]);
	});

	it('reports invalid place files with their names instead of throwing, and proposes nothing', () => {
		writeFileSync(join(geodata, 'broken.geojson'), '{"type":"FeatureCollection","features":[]}');
		const result = ingest([page], options({ dryRun: true }));
		expect(result.dataErrors).toEqual([
			{
				file: expect.stringMatching(/broken\.geojson$/),
				error: 'features: the FeatureCollection holds no places'
			}
		]);
		expect(result.files).toEqual([
			{
				file: page,
				articles: [],
				warnings: [],
				dropped: [],
				error: expect.stringMatching(/not processed: the curated data is invalid/)
			}
		]);
	});

	it('removes control characters from what it proposes and writes', () => {
		const hostile = join(dir, 'hostile.txt');
		writeFileSync(
			hostile,
			'Shelling \u001b]0;pwned\u0007hits Saraqeb\n\nBEIRUT (Reuters) - Shelling\u001b[2J hit Saraqeb on Tuesday, the \u202eLevant Monitor said.\n'
		);
		const { files } = ingest(
			[hostile],
			options({ overrides: { date: '2020-03-03', outlet: 'X\u001b[31m' } })
		);
		const a = files[0]!.articles[0]!;
		expect(a.title).toBe('Shelling ]0;pwnedhits Saraqeb');
		expect(cleanControl(a.body)).toBe(a.body);
		expect(a.body).not.toContain('\u202e');
		const written = readFileSync(join(geodata, 'articles', `${a.id}.md`), 'utf8');
		expect(cleanControl(written)).toBe(written);
		expect(written).not.toMatch(/\u202e|\\e|\\x1b|\\u001b/u);
		expect(written).toContain('outlet: X[31m');
	});

	it('refuses an article over the size limit, naming the file, and still reads the rest', () => {
		const big = join(dir, 'big.txt');
		const paragraph =
			'Shelling hit Saraqeb on Tuesday and residents fled towards the border, aid groups said.';
		const body = Array.from({ length: 4000 }, (_, i) => `In report ${i}, ${paragraph}`).join('\n\n');
		writeFileSync(big, `Saraqeb shelled again\n\nBEIRUT (Reuters) - ${body}\n`);
		const result = ingest([big, page], options({ dryRun: true }));
		expect(result.files[0]!.error).toMatch(
			/^article "Saraqeb shelled again" is \d+ KB of text, over the 256 KB limit for one article/
		);
		expect(result.files[0]!.articles).toEqual([]);
		expect(result.files[1]!.articles[0]!.title).toBe('Convoy reaches Jisr al-Shughur');
		unlinkSync(big);
	});
});
