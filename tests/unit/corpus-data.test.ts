import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/corpus/article';
import { datelineSpan } from '../../src/lib/corpus/clean';
import { publishPlaces } from '../../src/lib/data/dataset';
import { isLink } from '../../src/lib/data/link';
import { statusOn, statusTimeline } from '../../src/lib/events/status';
import type { Place } from '../../src/lib/places/schema';
import { loadDataset } from '../../src/lib/server/pipeline';
import { buildSeedArticles } from '../../src/lib/ingest/seeds';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
const { places, articles, events } = loadDataset(GEODATA);
const byId = new Map(places.map((p) => [p.id, p]));
const article = (prefix: string) => articles.find((a) => a.id.startsWith(prefix))!;

const REQUIRED: [string, string][] = [
	['idlib-governorate', 'governorate'],
	['idlib-city', 'city'],
	['saraqeb', 'town'],
	['m5-highway', 'highway'],
	['hmeymim-air-base', 'air-base'],
	['abu-al-duhur-air-base', 'air-base'],
	['aleppo-city', 'city'],
	['sheikh-barakat', 'mountain'],
	['sarmada', 'town'],
	['latamneh', 'town'],
	['hama-city', 'city'],
	['latakia-city', 'city'],
	['hatay-province', 'province'],
	['ankara', 'capital'],
	['moscow', 'capital'],
	['tehran', 'capital'],
	['damascus', 'capital'],
	['sochi', 'city'],
	['astana', 'capital'],
	['istanbul', 'city'],
	['washington', 'capital'],
	['idlib-de-escalation-zone', 'zone'],
	['sochi-demilitarised-zone', 'zone']
];

const point = (p: Place) => p.geometry!.coordinates as [number, number];
const inside = (pointId: string, polygonId: string) =>
	booleanPointInPolygon(point(byId.get(pointId)!), byId.get(polygonId)!.geometry as GeoJSON.Polygon);

describe('the curated places', () => {
	it('has every required place with its kind', () => {
		for (const [id, kind] of REQUIRED) expect(byId.get(id)?.kind, id).toBe(kind);
	});

	it('draws the governorate and zones as approximate polygons and the M5 as a detailed line', () => {
		for (const id of ['idlib-governorate', 'idlib-de-escalation-zone', 'sochi-demilitarised-zone']) {
			expect(byId.get(id)?.geometry?.type, id).toMatch(/Polygon/);
			expect(byId.get(id)?.precision, id).toBe('approximate');
		}
		const m5 = byId.get('m5-highway')!.geometry!;
		expect(m5.type).toBe('LineString');
		expect((m5.coordinates as number[][]).length).toBeGreaterThan(30);
	});

	it('has twelve observation posts, each a point with its set-up date (a property or an event) and its group', () => {
		const posts = places.filter((p) => p.kind === 'observation-post' && p.geometry?.type === 'Point');
		expect(posts).toHaveLength(12);
		for (const p of posts) {
			const setUp = events.find((e) => e.kind === 'post-established' && e.places.includes(p.id));
			expect(setUp?.date ?? p.established, p.id).toMatch(/^\d{4}-\d{2}/);
			expect(p.partOf).toBe('turkish-observation-posts');
		}
	});

	it('shows the posts evacuated in 2020 as withdrawn in 2021, from their events', () => {
		for (const id of [
			'9-morek',
			'11-shir-mughar',
			'3-sheikh-aqil',
			'6-surman',
			'5-tell-tuqan',
			'4-al-eis',
			'7-anadan',
			'10-rashidin'
		]) {
			const timeline = statusTimeline(events, `turkish-observation-post-${id}`);
			expect(statusOn(timeline, '2021-02-01'), id).toBe('withdrawn');
		}
		expect(statusOn(statusTimeline(events, 'turkish-observation-post-9-morek'), '2019-09-01')).toBe(
			'surrounded'
		);
	});

	it('keeps the four posts SOHR still listed as manned in December 2020 free of any surrounded or withdrawn event, with that source', () => {
		for (const id of ['1-salwa', '2-qalaat-samaan', '8-zaytuna', '12-ishtabraq']) {
			const post = `turkish-observation-post-${id}`;
			const statuses = statusTimeline(events, post).map((c) => c.status);
			expect(statuses, id).not.toContain('surrounded');
			expect(statuses, id).not.toContain('withdrawn');
			expect(byId.get(post)!.sources.join(' '), id).toMatch(
				/never withdrawn: the SOHR director, December 2020/
			);
		}
	});

	it('ends the al-Eis evacuation on 29 December 2020, after Anadan and before Tell Tuqan', () => {
		const ended = (post: string) =>
			events
				.filter((e) => e.kind === 'post-withdrawn' && e.places.includes(`turkish-observation-post-${post}`))
				.map((e) => e.date)
				.sort()
				.at(-1);
		expect(ended('4-al-eis')).toBe('2020-12-29');
		expect(ended('7-anadan')! < ended('4-al-eis')!).toBe(true);
		expect(ended('4-al-eis')! < ended('5-tell-tuqan')!).toBe(true);
	});

	it("dates Rashidin's encirclement only as reported by 8 February 2020: no source gives the day", () => {
		const surrounded = events.filter(
			(e) => e.kind === 'post-surrounded' && e.places.includes('turkish-observation-post-10-rashidin')
		);
		expect(surrounded.map((e) => [e.date, e.datePrecision])).toEqual([['2020-02-08', 'reported']]);
	});

	it('puts towns in the right governorates', () => {
		for (const id of ['idlib-city', 'saraqeb', 'sarmada', 'abu-al-duhur-air-base']) {
			expect(inside(id, 'idlib-governorate'), id).toBe(true);
		}
		expect(inside('latamneh', 'hama-governorate')).toBe(true);
		expect(inside('aleppo-city', 'idlib-governorate')).toBe(false);
		expect(inside('hmeymim-air-base', 'latakia-governorate')).toBe(true);
	});

	it('takes gazetteer positions from GeoNames and marks the rest approximate', () => {
		expect(byId.get('saraqeb')?.precision).toBe('exact');
		expect(byId.get('saraqeb')?.sources.join(' ')).toMatch(/GeoNames/);
		for (const id of ['sarmada', 'latamneh', 'hmeymim-air-base'])
			expect(byId.get(id)?.precision, id).not.toBe('exact');
		const [lon, lat] = point(byId.get('idlib-city')!);
		expect(lon).toBeCloseTo(36.634, 2);
		expect(lat).toBeCloseTo(35.931, 2);
	});

	it("records Saraqeb's entry by government forces on 6 February 2020, sourced to Reuters' sentence", () => {
		const entered = events.find((e) => e.places.includes('saraqeb') && e.date === '2020-02-06');
		expect(entered?.kind).toBe('entered');
		const source = entered!.source as { article: string; sentence: string };
		expect(article(source.article.slice(0, 10)).outlet).toBe('Reuters');
		expect(source.sentence).toMatch(
			/on Thursday Russian-led Syrian forces entered the strategic town of Saraqeb/
		);
	});
});

describe('the corpus', () => {
	it('has six articles from five captures, one of them month-precise', () => {
		expect(articles.map((a) => [a.published, a.datePrecision, a.outlet])).toEqual([
			['2018-01-10', 'day', 'The National'],
			['2018-09-04', 'day', 'Asharq Al-Awsat'],
			['2020-02-07', 'day', 'Reuters'],
			['2020-02-19', 'day', 'Sputnik International'],
			['2020-02-19', 'day', 'Iran Daily'],
			['2025-06-01', 'month', 'Asharq Al-Awsat (Reuters interview)']
		]);
		for (const a of articles) expect(a.dateEvidence, a.id).toBeTruthy();
	});

	it('holds exactly what the cleaner makes of the captures (no hand edits)', () => {
		for (const seed of buildSeedArticles(join(GEODATA, 'captures'))) {
			const onDisk = readFileSync(join(GEODATA, 'articles', `${seed.id}.md`), 'utf8');
			expect(splitFrontMatter(onDisk)?.body, seed.id).toBe(splitFrontMatter(seed.markdown)?.body);
			expect(onDisk, seed.id).toBe(seed.markdown);
		}
	});
});

describe('the links between articles and places', () => {
	it('finds every "Idlib" in the Sputnik article and resolves each', () => {
		const a = article('2020-02-19-moscow-says');
		const idlib = a.mentions.filter((m) => /idlib/i.test(m.surface));
		expect(idlib).toHaveLength(19);
		expect(idlib.filter((m) => m.place === 'idlib-governorate')).toHaveLength(16);
		expect(idlib.filter((m) => m.place === 'idlib-de-escalation-zone').map((m) => m.surface)).toEqual([
			'Idlib zone',
			'Idlib zone',
			'Idlib zone'
		]);
	});

	it('links each article to the places it names', () => {
		const linked = (prefix: string) => [...new Set(article(prefix).mentions.map((m) => m.place))].sort();
		expect(linked('2018-01-10')).toEqual(
			[
				'abu-al-duhur-air-base',
				'ankara',
				'hama-governorate',
				'idlib-de-escalation-zone',
				'idlib-governorate',
				'latamneh',
				'moscow',
				'muazzara',
				'sochi',
				'tehran'
			].sort()
		);
		expect(linked('2018-09-04')).toEqual([
			'ankara',
			'astana',
			'damascus',
			'idlib-governorate',
			'moscow',
			'tehran'
		]);
		expect(linked('2020-02-07')).toEqual(
			[
				'ankara',
				'geneva',
				'hatay-province',
				'idlib-city',
				'idlib-de-escalation-zone',
				'idlib-governorate',
				'istanbul',
				'moscow',
				'saraqeb',
				'tehran',
				'turkish-observation-posts',
				'washington'
			].sort()
		);
		expect(linked('2020-02-19-moscow-says')).toEqual(
			[
				'aleppo-governorate',
				'ankara',
				'astana',
				'damascus',
				'hama-governorate',
				'hmeymim-air-base',
				'idlib-de-escalation-zone',
				'idlib-governorate',
				'latakia-governorate',
				'moscow',
				'sochi',
				'sochi-demilitarised-zone',
				'turkish-observation-posts'
			].sort()
		);
		expect(linked('2020-02-19-russia-warns')).toEqual(
			[
				'aleppo-city',
				'aleppo-governorate',
				'ankara',
				'astana',
				'damascus',
				'idlib-governorate',
				'm5-highway',
				'moscow',
				'sheikh-barakat',
				'tehran',
				'turkish-observation-posts'
			].sort()
		);
		expect(linked('2025-06')).toEqual(['ankara', 'damascus', 'gaza-strip']);
	});

	it('publishes links that agree in both directions (a dateline names where a story was filed, not a link)', () => {
		const published = publishPlaces({ places, articles, events: [] });
		for (const f of published.features) {
			const mentioning = articles
				.filter((a) => a.mentions.some((m) => isLink(m) && m.place === f.id))
				.map((a) => a.id);
			expect(f.properties.articleCount, f.id).toBe(mentioning.length);
			expect(f.properties.mentionCount).toBe(
				articles.reduce((n, a) => n + a.mentions.filter((m) => isLink(m) && m.place === f.id).length, 0)
			);
		}
		for (const a of articles) {
			for (const m of a.mentions) {
				expect(a.body.slice(m.start, m.end)).toBe(m.surface);
				if (isLink(m))
					expect(published.features.find((f) => f.id === m.place)?.properties.articleCount).toBeGreaterThan(
						0
					);
				else expect(m.end).toBeLessThanOrEqual(datelineSpan(a.body)?.end ?? 0);
			}
		}
	});

	it('marks the Reuters datelines of the corpus as datelines', () => {
		const datelines = articles.flatMap((a) =>
			a.mentions.filter((m) => !isLink(m)).map((m) => `${a.id} ${m.surface}`)
		);
		expect(datelines).toEqual([
			'2020-02-07-russians-head-to-turkey-for-talks-on-syrias ISTANBUL',
			'2020-02-07-russians-head-to-turkey-for-talks-on-syrias ANKARA'
		]);
	});

	it('draws a group without geometry as the points of its members', () => {
		const group = publishPlaces({ places, articles, events: [] }).features.find(
			(f) => f.id === 'turkish-observation-posts'
		)!;
		expect(group.geometry.type).toBe('MultiPoint');
		expect(group.geometry.coordinates).toHaveLength(12);
	});
});
