import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/dataset';
import { foldText } from '../../src/lib/core/fold';
import { readSources } from '../../src/lib/server/sources';
import { generateCorpus, type RealCorpus } from './synthetic';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
const { sources } = readSources(GEODATA);
const real: RealCorpus = { placeFiles: sources.placeFiles, dataset: buildDataset(sources) };
const options = { seed: 11, articles: 300, places: 400 };
const corpus = generateCorpus(real, options);
const built = buildDataset({ placeFiles: corpus.placeFiles, articleFiles: corpus.articles });

describe('generateCorpus', () => {
	it('writes the same bytes for the same seed, and others for another seed', () => {
		const again = generateCorpus(real, options);
		expect(again.placeFiles).toEqual(corpus.placeFiles);
		expect(again.articles.map((a) => [a.file, a.text])).toEqual(corpus.articles.map((a) => [a.file, a.text]));
		const other = generateCorpus(real, { ...options, seed: 12 });
		expect(other.articles.map((a) => a.text)).not.toEqual(corpus.articles.map((a) => a.text));
		expect(other.generated.map((p) => p.name)).not.toEqual(corpus.generated.map((p) => p.name));
	});

	it('makes as many articles and places as asked, the real places included', () => {
		expect(built.articles).toHaveLength(300);
		expect(built.places).toHaveLength(400);
		expect(corpus.generated).toHaveLength(400 - real.dataset.places.length);
		for (const place of real.dataset.places) expect(built.places.map((p) => p.id)).toContain(place.id);
		const few = generateCorpus(real, { seed: 1, articles: 3, places: 10 });
		expect(few.generated).toHaveLength(0);
		expect(few.placeFiles.map((f) => f.text)).toEqual(sources.placeFiles.map((f) => f.text));
	});

	it('passes the pipeline’s validation and the geoparser finds exactly the names it planted', () => {
		const byId = new Map(corpus.articles.map((a) => [a.id, a]));
		for (const article of built.articles) {
			const planted = byId.get(article.id)!.planted;
			expect(article.mentions.map(({ place, start, end }) => ({ place, start, end }))).toEqual(planted);
		}
	});

	it('names synthetic places in the articles, some often and every one now and then', () => {
		const generated = new Set(corpus.generated.map((p) => p.id));
		const counts = new Map<string, number>();
		for (const a of built.articles)
			for (const m of a.mentions)
				if (generated.has(m.place)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
		expect(counts.size).toBeGreaterThan(generated.size * 0.8);
		expect(Math.max(...counts.values())).toBeGreaterThan(10);
	});

	it('dates articles over 2018–2020 and keeps bodies and name density near the real corpus’s', () => {
		const dates = built.articles.map((a) => a.published).sort();
		expect(dates[0]! >= '2018-01-01').toBe(true);
		expect(dates.at(-1)! <= '2020-12-31').toBe(true);
		expect(new Set(dates.map((d) => d.slice(0, 4)))).toEqual(new Set(['2018', '2019', '2020']));
		const lengths = real.dataset.articles.map((a) => a.body.length).sort((a, b) => a - b);
		const synthetic = built.articles.map((a) => a.body.length).sort((a, b) => a - b);
		const median = synthetic[synthetic.length >> 1]!;
		expect(median).toBeGreaterThanOrEqual(lengths[0]!);
		expect(median).toBeLessThanOrEqual(lengths.at(-1)!);
		const density = (articles: typeof built.articles) =>
			articles.reduce((n, a) => n + a.mentions.length, 0) / articles.reduce((n, a) => n + a.body.length, 0);
		expect(density(built.articles) / density(real.dataset.articles)).toBeGreaterThan(0.5);
		expect(density(built.articles) / density(real.dataset.articles)).toBeLessThan(2);
		for (const a of built.articles) {
			const paragraphs = a.body.split('\n\n');
			expect(paragraphs[0]!.startsWith('## ')).toBe(false);
			expect(paragraphs.at(-1)!.startsWith('## ')).toBe(false);
		}
	});

	it('gives each synthetic place a point in the region and a diacritic and an al- spelling', () => {
		for (const place of corpus.generated) {
			expect(place.geometry?.type).toBe('Point');
			const [lng, lat] = place.geometry!.coordinates as number[];
			expect(lng).toBeGreaterThanOrEqual(36);
			expect(lng).toBeLessThanOrEqual(38.6);
			expect(lat).toBeGreaterThanOrEqual(34.9);
			expect(lat).toBeLessThanOrEqual(37.4);
			expect(place.aliases.some((a) => /al-/.test(a))).toBe(true);
			expect(place.aliases.some((a) => /[^\p{ASCII}]/u.test(a) && foldText(a) === foldText(place.name))).toBe(
				true
			);
		}
	});
});
