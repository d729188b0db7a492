import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex, type GazetteerPlace } from '../geoparse/match';
import { proposeCapture, type PlaceLookup } from './propose';

const root = join(import.meta.dirname, '..', '..', '..');
/**
 * The curated places the fixture captures name, all but Darkush, which is left for the GeoNames lookup.
 * These tests are about how a capture becomes a proposal, so the gazetteer is their own: how the seed
 * captures compare with the curator's articles in `geodata/` is tested in
 * `tests/unit/seed-captures.test.ts`.
 */
const PLACES: GazetteerPlace[] = [
	{ id: 'idlib-governorate', aliases: ['Idlib', 'Idlib province'] },
	{
		id: 'idlib-city',
		aliases: ['Idlib', 'Idlib city'],
		seatOf: 'idlib-governorate',
		bareName: 'governorate'
	},
	{ id: 'hatay-province', aliases: ['Hatay', 'Hatay province'] },
	{ id: 'jisr-al-shughur', aliases: ['Jisr al-Shughur', 'Jisr ash-Shughur'] },
	{ id: 'saraqeb', aliases: ['Saraqeb', 'Saraqib'] },
	{ id: 'maarat-al-numan', aliases: ['Maarat al-Numan', "Ma'arrat al-Nu'man"] },
	{ id: 'm5-highway', aliases: ['M5', 'M5 highway'] },
	{ id: 'moscow', aliases: ['Moscow'] }
];
const index = buildAliasIndex(PLACES);
const noGazetteer: PlaceLookup = () => [];

describe('proposeCapture on other formats', () => {
	const fixtures = join(root, 'tests', 'fixtures', 'ingest');
	const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
	const lookup: PlaceLookup = (surface) =>
		surface === 'Darkush'
			? [
					{
						name: 'Darkūsh',
						lat: 35.99,
						lon: 36.39,
						source: 'geonames:170865',
						country: 'SY',
						featureCode: 'PPLA3',
						geonameid: 170865
					}
				]
			: [];

	it('reads a saved HTML page: its stated date, site name and URL, and none of its scripts or menus', () => {
		const [a, ...rest] = proposeCapture(
			read('levant-monitor-page.html'),
			'html',
			index,
			new Map(),
			lookup
		).articles;
		expect(rest).toEqual([]);
		expect(a).toMatchObject({
			title: 'Convoy reaches Jisr al-Shughur',
			outlet: 'Levant Monitor',
			published: '2020-03-05',
			datePrecision: 'day',
			dateInferred: false,
			url: 'https://levant-monitor.example/2020/03/05/convoy-jisr-al-shughur',
			byline: 'By Staff'
		});
		expect(a!.body).not.toMatch(/__pwned|injected|Home|Most read|All rights/);
		expect(a!.body).toContain('<b>not bold</b> &amp; more.');
		expect(a!.mentions.map((m) => m.place)).toContain('jisr-al-shughur');
		expect(a!.unresolved).toEqual([
			expect.objectContaining({
				surface: 'Darkush',
				candidates: [expect.objectContaining({ name: 'Darkūsh' })]
			})
		]);
		for (const m of a!.mentions) expect(a!.body.slice(m.start, m.end)).toBe(m.surface);
	});

	it('takes front matter as given and reads Markdown without it', () => {
		const [withFm] = proposeCapture(read('front-matter.md'), 'md', index, new Map(), noGazetteer).articles;
		expect(withFm).toMatchObject({
			title: 'Ceasefire observers count convoys near Saraqeb',
			outlet: 'Idlib Ledger',
			published: '2020-03-09'
		});
		expect(withFm!.body).toContain('dozens of Turkish convoys along the M4 and M5 roads');
		const [plain] = proposeCapture(read('no-front-matter.md'), 'md', index, new Map(), noGazetteer).articles;
		expect(plain).toMatchObject({
			title: 'Families return to Binnish as the guns fall silent',
			published: '2020-03-12',
			dateInferred: false,
			outlet: null
		});
	});

	it('applies command-line values to every article', () => {
		const [a] = proposeCapture(read('kafranbel-shelling.txt'), 'txt', index, new Map(), noGazetteer, {
			date: '2020-03',
			outlet: 'Wire',
			url: 'https://x.example/a'
		}).articles;
		expect(a).toMatchObject({
			published: '2020-03-01',
			datePrecision: 'month',
			outlet: 'Wire',
			url: 'https://x.example/a',
			dateInferred: false
		});
	});
});

describe('proposeCapture of Markdown with a front-matter title', () => {
	it('does not report the title as dropped when the cleaner does not take it for a headline', () => {
		const md =
			'---\ntitle: Lebanese wine\noutlet: Ledger\npublished: 2020-01-01\n---\n\nThe estate in Lebanon sold its wine. Villagers left for Idlib.\n';
		const proposal = proposeCapture(md, 'md', index, new Map(), noGazetteer);
		expect(proposal.articles.map((a) => a.title)).toEqual(['Lebanese wine']);
		expect(proposal.articles[0]!.body).toBe('The estate in Lebanon sold its wine. Villagers left for Idlib.');
		expect(proposal.dropped).toEqual([]);
	});

	it('still reports a line of the body dropped with the same words as the title', () => {
		const md =
			'---\ntitle: Share\n---\n\nShare\n\nThe estate in Lebanon sold its wine. Villagers left for Idlib.\n';
		const { dropped } = proposeCapture(md, 'md', index, new Map(), noGazetteer);
		expect(dropped.filter((d) => d.line === 'Share')).toHaveLength(1);
	});
});

describe('proposeCapture with a month-precision front matter', () => {
	it('keeps the month and its evidence', () => {
		const md =
			"---\ntitle: Minister says troops stay for now\noutlet: Ledger\npublished: '2025-06-01'\ndatePrecision: month\ndateEvidence: June 2025 from the text\n---\n\nThe minister said troops would stay in northern Syria.\n";
		const [a] = proposeCapture(md, 'md', index, new Map(), noGazetteer).articles;
		expect(a).toMatchObject({
			published: '2025-06-01',
			datePrecision: 'month',
			dateInferred: false,
			dateEvidence: 'Front matter: June 2025 from the text'
		});
	});
});
