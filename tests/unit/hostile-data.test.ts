import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/pipeline';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile');

/**
 * The hostile-text corpus is valid data: markup, entities, bidi controls and zero-width characters are
 * allowed text, so the pipeline must accept them and publish them byte for byte (the browser tests then
 * check they reach the screen as text). A payload stripped or decoded here would make those tests prove
 * nothing.
 */
describe('the hostile-text fixture', () => {
	const { places, articles } = loadDataset(DIR);
	const raw = JSON.parse(readFileSync(join(DIR, 'places.geojson'), 'utf8')) as {
		features: { id: string; properties: { name: string; description?: string } }[];
	};

	it('is accepted, and every place is mentioned by some article', () => {
		expect(articles.map((a) => a.id)).toEqual([
			'2020-02-01-entities-and-direction',
			'2020-02-06-hostile-headline'
		]);
		const mentioned = new Set(articles.flatMap((a) => a.mentions.map((m) => m.place)));
		expect([...mentioned].sort()).toEqual(places.map((p) => p.id).sort());
	});

	it('keeps names, descriptions and article fields verbatim', () => {
		for (const f of raw.features) {
			const p = places.find((x) => x.id === f.id)!;
			expect(p.name).toBe(f.properties.name);
			expect(p.description).toBe(f.properties.description);
		}
		const headline = articles.find((a) => a.id === '2020-02-06-hostile-headline')!;
		expect(headline.title).toBe(
			'</title><script>window.__pwned=1</script> Headline <img src=x onerror="window.__pwned=1">'
		);
		expect(headline.byline).toContain('\u202edesrever\u202c');
		expect(headline.body).toContain('&lt;b&gt;not bold&lt;/b&gt; &amp;amp;');
		expect(headline.body).toContain('zero\u200bwidth\u200cand\u200djoiner');
		expect(headline.mentions.map((m) => m.surface)).toContain('Tellscript');
	});
});
