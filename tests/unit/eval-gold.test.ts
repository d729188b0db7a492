import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/corpus/article';
import type { DataIssue } from '../../src/lib/core/errors';
import { checkGold, goldFileSchema } from '../../tools/eval/evaluate';
import { loadDataset } from '../../src/lib/server/pipeline';

const { places, articles } = loadDataset();
const placeIds = new Set(places.map((p) => p.id));

function gold(path: string) {
	return goldFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

describe('evaluation gold', () => {
	it('has a consistent gold file for every corpus article', () => {
		const files = readdirSync('tests/eval/gold').filter((n) => n.endsWith('.json'));
		expect(files.sort()).toEqual(articles.map((a) => `${a.id}.json`).sort());
		for (const a of articles) {
			const g = gold(`tests/eval/gold/${a.id}.json`);
			expect(g.article).toBe(a.id);
			expect(checkGold(g, a.body, placeIds), a.id).toEqual([]);
		}
	});

	it('has a valid article and a consistent gold file for every unseen text', () => {
		const names = readdirSync('tests/eval/unseen').filter((n) => n.endsWith('.md'));
		expect(names.length).toBeGreaterThanOrEqual(4);
		for (const name of names) {
			const issues: DataIssue[] = [];
			const article = parseArticle(name, readFileSync(`tests/eval/unseen/${name}`, 'utf8'), issues);
			expect(issues, name).toEqual([]);
			const g = gold(`tests/eval/unseen/${name.replace(/\.md$/, '.json')}`);
			expect(g.article).toBe(article?.id);
			expect(checkGold(g, article?.body ?? '', placeIds), name).toEqual([]);
		}
	});
});
