import { describe, expect, it } from 'vitest';
import { DataError } from '../core/errors';
import type { EventRecord } from '../events/schema';
import type { Dataset, PublishedArticle } from './dataset';
import { excerptArticle, excerptRanges, excerptsOnly, parseSiteText } from './excerpts-only';
import type { Place } from '../places/schema';

/** An article whose mentions are found by their surface text in `body`, in order. */
function article(body: string, names: string[], extra: Partial<PublishedArticle> = {}): PublishedArticle {
	let from = 0;
	const mentions = names.map((surface) => {
		const start = body.indexOf(surface, from);
		if (start < 0) throw new Error(`no "${surface}" in the body`);
		from = start + surface.length;
		return { place: surface.toLowerCase().replace(/\s+/g, '-'), start, end: from, surface };
	});
	return {
		id: 'a',
		title: 'T',
		outlet: 'O',
		published: '2020-02-07',
		datePrecision: 'day',
		body,
		mentions,
		...extra
	};
}

const text = (a: PublishedArticle, r: { start: number; end: number }) => a.body.slice(r.start, r.end);

describe('parseSiteText', () => {
	it('reads full (also when unset) and excerpts', () => {
		expect(parseSiteText(undefined)).toBe('full');
		expect(parseSiteText('')).toBe('full');
		expect(parseSiteText('full')).toBe('full');
		expect(parseSiteText('excerpts')).toBe('excerpts');
	});

	it('refuses anything else, naming the setting', () => {
		expect(() => parseSiteText('excerpt')).toThrow(DataError);
		expect(() => parseSiteText('Excerpts')).toThrow(/SITE_TEXT: "Excerpts" is not one of "full", "excerpts"/);
	});
});

describe('excerptRanges', () => {
	const a = article('Saraqeb fell. The sky was grey. Hama was calm. Saraqeb burned.\n\nNo place here.', [
		'Saraqeb',
		'Hama',
		'Saraqeb'
	]);

	it('keeps the sentence of the first mention of each place, not later ones', () => {
		expect(excerptRanges(a).map((r) => text(a, r))).toEqual(['Saraqeb fell.', 'Hama was calm.']);
	});

	it('adds the sentences of reviewed events and merges overlapping ranges', () => {
		const burned = a.body.indexOf('Saraqeb burned.');
		const ranges = excerptRanges(a, [
			{ start: burned, end: burned + 15 },
			{ start: 0, end: 7 }
		]);
		expect(ranges.map((r) => text(a, r))).toEqual(['Saraqeb fell.', 'Hama was calm.', 'Saraqeb burned.']);
	});

	it('moves an edge that would cut a mention to the end of the mention', () => {
		const b = article('Troops reached Kafr Nabl today.', ['Kafr Nabl']);
		const nabl = b.body.indexOf('Nabl');
		expect(excerptRanges(b, [{ start: 0, end: nabl }]).map((r) => text(b, r))).toEqual([
			'Troops reached Kafr Nabl today.'
		]);
		expect(excerptRanges({ ...b, mentions: [] }, [{ start: nabl, end: nabl + 4 }])).toEqual([
			{ start: nabl, end: nabl + 4 }
		]);
	});

	it('keeps nothing of an article that names no place', () => {
		expect(excerptRanges(article('Nothing at all.', []))).toEqual([]);
	});

	it('does not keep a sentence for a dateline', () => {
		const d = article('HAMA, Syria - Troops rested. Nothing else.', ['HAMA']);
		d.mentions[0]!.role = 'dateline';
		expect(excerptRanges(d)).toEqual([]);
	});
});

describe('excerptArticle', () => {
	const a = article(
		'Saraqeb fell. The sky was grey. Hama was calm. More sky.\n\nLatakia waited. Dull words.',
		['Saraqeb', 'Hama', 'Latakia']
	);

	it('gives each range its own paragraph, keeping only the article’s own characters', () => {
		const { article: e } = excerptArticle(a, excerptRanges(a));
		expect(e.body).toBe('Saraqeb fell.\n\nHama was calm.\n\nLatakia waited.');
		expect(e.excerptsOnly).toBe(true);
		for (const m of e.mentions) expect(e.body.slice(m.start, m.end)).toBe(m.surface);
		expect(e.mentions.map((m) => m.place)).toEqual(['saraqeb', 'hama', 'latakia']);
	});

	it('joins ranges separated only by spaces on one line, as the text has them', () => {
		const b = article('Saraqeb fell.  Hama was calm. Grey.', ['Saraqeb', 'Hama']);
		expect(excerptArticle(b, excerptRanges(b)).article.body).toBe('Saraqeb fell.  Hama was calm.');
	});

	it('maps a kept range to its new offsets, and a range not kept whole to nothing', () => {
		const { article: e, at } = excerptArticle(a, excerptRanges(a));
		const hama = a.body.indexOf('Hama was calm.');
		expect(text(e, at(hama, hama + 14)!)).toBe('Hama was calm.');
		expect(at(a.body.indexOf('The sky'), a.body.indexOf('The sky') + 7)).toBeUndefined();
		expect(at(0, hama + 4)).toBeUndefined();
	});

	it('drops the mentions outside the excerpts', () => {
		const b = article('Saraqeb fell. Later Saraqeb burned.', ['Saraqeb', 'Saraqeb']);
		const { article: e } = excerptArticle(b, excerptRanges(b));
		expect(e.mentions).toEqual([{ place: 'saraqeb', start: 0, end: 7, surface: 'Saraqeb' }]);
	});
});

describe('excerptsOnly', () => {
	const body = 'Saraqeb fell. The town burned at dawn. Later Saraqeb was shelled. Filler.';
	const a = article(body, ['Saraqeb', 'Saraqeb'], { id: 'a1' });
	const sentence = (s: string) => ({
		article: 'a1',
		start: body.indexOf(s),
		end: body.indexOf(s) + s.length,
		sentence: s
	});
	const base = { date: '2020-02-06', datePrecision: 'day', label: 'L' } as const;
	const events: EventRecord[] = [
		{
			...base,
			places: ['saraqeb'],
			id: 'reviewed',
			kind: 'captured',
			extracted: false,
			source: sentence('The town burned at dawn.')
		},
		{
			...base,
			places: ['saraqeb'],
			id: 'found-in',
			kind: 'entered',
			extracted: true,
			confidence: 0.9,
			source: sentence('Saraqeb fell.')
		},
		{
			...base,
			places: ['saraqeb'],
			id: 'found-out',
			kind: 'attacked',
			extracted: true,
			confidence: 0.9,
			source: sentence('Later Saraqeb was shelled.')
		},
		{
			...base,
			places: ['saraqeb'],
			id: 'outside',
			kind: 'attacked',
			extracted: false,
			source: { outlet: 'X', url: 'https://example.org/', published: '2020-02-07', quote: 'Q' }
		}
	];
	const place: Place = {
		id: 'saraqeb',
		file: 'p.geojson',
		name: 'Saraqeb',
		aliases: ['Saraqeb'],
		kind: 'town',
		precision: 'exact',
		sources: ['t'],
		geometry: { type: 'Point', coordinates: [36.8, 35.86] }
	};
	const dataset: Dataset = { places: [place], articles: [a], events };
	const out = excerptsOnly(dataset);

	it('keeps the first mention’s sentence and every reviewed event’s sentence', () => {
		expect(out.articles[0]!.body).toBe('Saraqeb fell. The town burned at dawn.');
		expect(out.places).toBe(dataset.places);
	});

	it('moves each kept event to its sentence in the excerpt and leaves out a found event outside it', () => {
		expect(out.events.map((e) => e.id)).toEqual(['reviewed', 'found-in', 'outside']);
		for (const e of out.events) {
			if (!('article' in e.source)) continue;
			expect(out.articles[0]!.body.slice(e.source.start, e.source.end)).toBe(e.source.sentence);
		}
		expect(out.events[2]).toBe(events[3]);
	});

	it('leaves the dataset it was given as it was', () => {
		expect(dataset.articles[0]!.body).toBe(body);
		expect(dataset.events[0]!.source).toEqual(sentence('The town burned at dawn.'));
	});
});
