import { describe, expect, it } from 'vitest';
import type { Place } from '../places/schema';
import type { Dataset, PublishedArticle } from './dataset';
import {
	articleIdHash,
	MAX_SHARD_BITS,
	publishArticleShards,
	SHARD_TARGET_BYTES,
	shardBits,
	shardOf
} from './article-shards';
import { excerptsOnly } from './excerpts-only';
import { readerPages } from './reader';

const saraqeb: Place = {
	id: 'saraqeb',
	file: 'p.geojson',
	name: 'Saraqeb',
	aliases: ['Saraqeb'],
	kind: 'town',
	precision: 'exact',
	sources: ['t'],
	geometry: { type: 'Point', coordinates: [36.8, 35.86] }
};

/** An article naming Saraqeb once, in its second sentence, after a sentence naming nothing. */
function article(i: number, extra: Partial<PublishedArticle> = {}): PublishedArticle {
	const lead = `Nothing named here, report number ${i} zorblax. `;
	const body = `${lead}Shelling hit Saraqeb overnight.`;
	const start = lead.length + 'Shelling hit '.length;
	return {
		id: `bulk-${i}`,
		title: `Report ${i}`,
		outlet: 'Levant Monitor',
		published: '2020-02-07',
		datePrecision: 'day',
		body,
		mentions: [{ place: 'saraqeb', start, end: start + 7, surface: 'Saraqeb' }],
		...extra
	};
}

function dataset(articles: PublishedArticle[]): Dataset {
	return { articles, places: [saraqeb], events: [] };
}

describe('articleIdHash and shardOf', () => {
	it('never changes: the page and the build must agree on every id, across builds', () => {
		// Reference value computed apart (FNV-1a 32 then MurmurHash3's fmix32, in Python).
		expect(articleIdHash('2020-02-07-talks')).toBe(0x4df5e2db);
		expect(shardOf('2020-02-07-talks', 0)).toBe(0);
		expect(shardOf('2020-02-07-talks', 8)).toBe(0x4d);
		expect(shardOf('2020-02-07-talks', 16)).toBe(0x4df5);
	});

	it('spreads similar ids evenly over the shards (top bits well mixed)', () => {
		const counts = new Array<number>(64).fill(0);
		for (let i = 0; i < 64_000; i++) counts[shardOf(`2020-02-07-report-${i}`, 6)]!++;
		expect(Math.min(...counts)).toBeGreaterThan(850);
		expect(Math.max(...counts)).toBeLessThan(1150);
	});
});

describe('shardBits', () => {
	it('keeps one shard for a small corpus and doubles the shards as the text doubles', () => {
		expect(shardBits(0)).toBe(0);
		expect(shardBits(SHARD_TARGET_BYTES)).toBe(0);
		expect(shardBits(SHARD_TARGET_BYTES + 1)).toBe(1);
		expect(shardBits(SHARD_TARGET_BYTES * 1000)).toBe(10);
		expect(shardBits(SHARD_TARGET_BYTES * 2 ** 30)).toBe(MAX_SHARD_BITS);
	});
});

describe('publishArticleShards', () => {
	it('puts every article in exactly the shard its id hashes to, with its reader page', () => {
		const articles = Array.from({ length: 3000 }, (_, i) => article(i, i === 5 ? { curated: true } : {}));
		const d = dataset(articles);
		const shards = publishArticleShards(d, readerPages(d));
		expect(shards.index.bits).toBeGreaterThan(0);
		expect(shards.index).toEqual({ bits: shards.index.bits, files: shards.keys.length, articles: 3000 });
		const seen = new Map<string, number>();
		for (const n of shards.keys) {
			const shard = shards.shard(n)!;
			expect(shard.shard).toBe(n);
			for (const a of shard.articles) {
				expect(seen.has(a.id)).toBe(false);
				seen.set(a.id, n);
				expect(shardOf(a.id, shards.index.bits)).toBe(n);
			}
			expect(JSON.stringify(shard).length).toBeLessThan(4 * SHARD_TARGET_BYTES);
		}
		expect(seen.size).toBe(3000);
		const five = shards.shard(seen.get('bulk-5')!)!.articles.find((a) => a.id === 'bulk-5')!;
		expect(five).toMatchObject({ curated: true, places: [{ id: 'saraqeb', name: 'Saraqeb', count: 1 }] });
		expect(five).not.toHaveProperty('description');
		expect(shards.shard(-1)).toBeUndefined();
	});

	it('holds only the excerpts when the dataset is excerpted', () => {
		const d = excerptsOnly(dataset([article(1), article(2)]));
		const shards = publishArticleShards(d, readerPages(d));
		const text = JSON.stringify(shards.keys.map((n) => shards.shard(n)));
		expect(text).toContain('Shelling hit Saraqeb overnight.');
		expect(text).not.toContain('zorblax');
		expect(text).toContain('"excerptsOnly":true');
	});
});
