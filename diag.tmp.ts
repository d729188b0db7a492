import { readFileSync, readdirSync } from 'node:fs';
import { proposeCapture } from './src/lib/ingest/propose';
import { buildAliasIndex } from './src/lib/geoparse/match';
import { sentences } from './tools/eval/real';
const dir = 'tests/eval/real/dev/';
const index = buildAliasIndex([]);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const n of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
	const raw = readFileSync(dir + n, 'utf8');
	const labels = JSON.parse(readFileSync(dir + n.replace('.txt', '.json'), 'utf8'));
	const p = proposeCapture(raw, 'txt', index, new Map(), () => []);
	const all = p.articles.map((a) => collapse(a.title + '\n' + a.body.replace(/^## /gm, ''))).join('\n');
	const lostLines = labels.article.filter((l: string) => sentences(l).some((s) => !all.includes(s)));
	const gold = labels.article.map(collapse);
	const leaks: string[] = [];
	for (const a of p.articles) {
		if (!gold.some((g: string) => g.includes(collapse(a.title)))) leaks.push('TITLE ' + a.title);
		for (const para of a.body.split('\n\n')) if (!gold.some((g: string) => g.includes(collapse(para.replace(/^## /, ''))))) leaks.push(para);
	}
	if (!lostLines.length && !leaks.length) continue;
	console.log('=====', n, 'articles', p.articles.length, p.articles.map((a) => JSON.stringify(a.title.slice(0, 60))).join(' / '));
	for (const l of lostLines) {
		const d = p.dropped.find((x) => collapse(x.line) === collapse(l));
		console.log('  LOST', d ? d.reason : '?', '|', l.slice(0, 110));
	}
	for (const l of leaks) console.log('  LEAK |', l.slice(0, 110));
}
