import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDITIONS_FILE, ingest, MAX_CAPTURE_BYTES, type IngestOptions } from './run';
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
});
