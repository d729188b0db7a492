/**
 * `npm run train:lines`: fits the learned line reader on the development captures, prints its
 * leave-one-gathering-out figures beside the rules' and the rules' first scores, then the rules of
 * each gathering's first score corrected by it, and writes the weights fitted on every development
 * capture to `tools/train/line-model.json`. The test half is never read. `--no-write` prints only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { readCaptures, type Capture } from '../eval/captures';
import { cleanerAt, FIRST_SIGHT } from './first-sight';
import {
	addScore,
	combinedOutput,
	emptyTotals,
	fit,
	gatheringOf,
	modelOutput,
	prepare,
	probabilities,
	rates,
	rulesOutput,
	RULE_FEATURES,
	type Mask,
	type Prepared,
	type Thresholds,
	type Totals
} from './lines';

const DEV_DIR = fileURLToPath(new URL('../../tests/eval/real/dev/', import.meta.url));
const OUT = fileURLToPath(new URL('./line-model.json', import.meta.url));

/**
 * The rules' first score of each gathering that `docs/evaluation.md` records one for: sentences kept
 * and furniture lines per 10 articles on the main of the day, before any rule was drawn from it.
 */
const FIRST_SCORES: Record<string, { kept: number; furniturePer10: number }> = {
	'2': { kept: 0.978, furniturePer10: 2.8 },
	'15e': { kept: 0.981, furniturePer10: 5.0 },
	'16e': { kept: 0.99, furniturePer10: 1.11 },
	'17e': { kept: 0.795, furniturePer10: 3.33 },
	'18e': { kept: 0.988, furniturePer10: 2.0 },
	'19e': { kept: 0.976, furniturePer10: 2.0 },
	'20e': { kept: 0.955, furniturePer10: 3.64 },
	'21e': { kept: 0.981, furniturePer10: 1.67 },
	'22e': { kept: 0.987, furniturePer10: 2.73 },
	'23e': { kept: 0.977, furniturePer10: 6.67 },
	'24e': { kept: 0.967, furniturePer10: 1.82 },
	'25e': { kept: 0.981, furniturePer10: 10.83 },
	'26e': { kept: 1.0, furniturePer10: 10.91 },
	'27e': { kept: 0.982, furniturePer10: 7.5 },
	'28e': { kept: 0.842, furniturePer10: 0 }
};

/** The confidence grid the combination's thresholds are chosen from, on these figures only. */
const DROP_GRID = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
const RESCUE_GRID = [0.8, 0.9, 0.95, 0.98, 0.99, 1];
/** The model alone's thresholds shown, to see what keeping less furniture costs in sentences. */
const SWEEP = [0.3, 0.5, 0.7, 0.8, 0.9];

/** Out-of-fold probabilities: each gathering's lines read by a model fitted on the other gatherings. */
function outOfFold(
	captures: readonly Prepared[],
	mask: Mask,
	words = false
): Map<string, (number | undefined)[]> {
	const out = new Map<string, (number | undefined)[]>();
	const gatherings = [...new Set(captures.map((c) => c.gathering))].sort();
	for (const g of gatherings) {
		const model = fit(
			captures.filter((c) => c.gathering !== g),
			mask,
			words
		);
		for (const c of captures.filter((c) => c.gathering === g)) out.set(c.name, probabilities(model, c, mask));
	}
	return out;
}

const f3 = (n: number) => n.toFixed(3);
const f2 = (n: number) => n.toFixed(2);
const cell = (t: Totals) => {
	const r = rates(t);
	return `${f3(r.kept)} ${f2(r.furniturePer10).padStart(5)}`;
};

async function main() {
	const write = !process.argv.includes('--no-write');
	const issues: DataIssue[] = [];
	const read = readCaptures(DEV_DIR, issues);
	const captures = read.map((c) => prepare(c.name, c.raw, c.labels));
	if (issues.length) {
		console.error(formatIssues(issues));
		process.exit(1);
	}
	const pure = outOfFold(captures, RULE_FEATURES);
	const worded = outOfFold(captures, RULE_FEATURES, true);
	const withRules = outOfFold(captures, new Set());
	const gatherings = [...new Set(captures.map((c) => c.gathering))].sort((a, b) =>
		a.localeCompare(b, 'en', { numeric: true })
	);

	// Thresholds: the combination that keeps the most furniture out without keeping fewer sentences
	// than the rules, over all out-of-fold lines.
	const rulesAll = emptyTotals();
	for (const c of captures) addScore(rulesAll, c.labels, rulesOutput(c));
	const grid: { t: Thresholds; totals: Totals }[] = [];
	for (const drop of DROP_GRID)
		for (const rescue of RESCUE_GRID) {
			const totals = emptyTotals();
			for (const c of captures)
				addScore(totals, c.labels, combinedOutput(c, withRules.get(c.name)!, { drop, rescue }));
			grid.push({ t: { drop, rescue }, totals });
		}
	const score = (t: Totals) => rates(t).kept - rates(t).furniturePer10 / 100;
	const best = grid
		.filter((g) => rates(g.totals).kept >= rates(rulesAll).kept)
		.reduce((a, b) => (score(b.totals) > score(a.totals) ? b : a), grid[0]!);

	console.log('Leave-one-gathering-out on the development half (kept, furniture per 10 articles).');
	console.log('rules: today\u2019s cleaner, fitted on every gathering (not held out).');
	console.log('first: the rules\u2019 first score of the gathering (docs/evaluation.md), where recorded.');
	console.log('model: the model alone, fitted on the other gatherings, no rule features.');
	console.log('model+w: the model alone with the lines\u2019 words (hashed) as features too.');
	console.log('model+r: the model alone with the rules\u2019 line kinds and decisions as features.');
	console.log(
		`combined: the rules, corrected where model+r is confident (drop < ${best.t.drop}, rescue > ${best.t.rescue}).`
	);
	const head = ['gathering', 'n', 'rules', 'first', 'model', 'model+w', 'model+r', 'combined'];
	console.log(head.map((h, i) => (i < 2 ? h.padEnd(i ? 4 : 10) : h.padEnd(12))).join(''));
	const sums = {
		rules: emptyTotals(),
		model: emptyTotals(),
		words: emptyTotals(),
		withRules: emptyTotals(),
		combined: emptyTotals()
	};
	const firstSums = {
		rules: emptyTotals(),
		model: emptyTotals(),
		words: emptyTotals(),
		withRules: emptyTotals(),
		combined: emptyTotals()
	};
	for (const g of gatherings) {
		const row = {
			rules: emptyTotals(),
			model: emptyTotals(),
			words: emptyTotals(),
			withRules: emptyTotals(),
			combined: emptyTotals()
		};
		for (const c of captures.filter((c) => c.gathering === g)) {
			const outputs = {
				rules: rulesOutput(c),
				model: modelOutput(c, pure.get(c.name)!),
				words: modelOutput(c, worded.get(c.name)!),
				withRules: modelOutput(c, withRules.get(c.name)!),
				combined: combinedOutput(c, withRules.get(c.name)!, best.t)
			};
			for (const k of Object.keys(outputs) as (keyof typeof outputs)[]) {
				addScore(row[k], c.labels, outputs[k]);
				addScore(sums[k], c.labels, outputs[k]);
				if (FIRST_SCORES[g]) addScore(firstSums[k], c.labels, outputs[k]);
			}
		}
		const first = FIRST_SCORES[g];
		console.log(
			[
				g.padEnd(10),
				String(row.rules.captures).padEnd(4),
				cell(row.rules).padEnd(12),
				(first ? `${f3(first.kept)} ${f2(first.furniturePer10).padStart(5)}` : '').padEnd(12),
				cell(row.model).padEnd(12),
				cell(row.words).padEnd(12),
				cell(row.withRules).padEnd(12),
				cell(row.combined)
			].join('')
		);
	}
	const line = (name: string, s: typeof sums) =>
		console.log(
			[
				name.padEnd(10),
				String(s.rules.captures).padEnd(4),
				cell(s.rules).padEnd(12),
				''.padEnd(12),
				cell(s.model).padEnd(12),
				cell(s.words).padEnd(12),
				cell(s.withRules).padEnd(12),
				cell(s.combined)
			].join('')
		);
	line('all', sums);
	line('with first', firstSums);
	// The first scores pooled as the eval pools a half: kept by labelled sentences, furniture by articles.
	let sentences = 0;
	let keptFirst = 0;
	let articles = 0;
	let furnitureFirst = 0;
	for (const c of captures) {
		const first = FIRST_SCORES[c.gathering];
		if (!first) continue;
		const t = emptyTotals();
		addScore(t, c.labels, rulesOutput(c));
		sentences += t.sentences;
		keptFirst += first.kept * t.sentences;
		articles += t.articles;
		furnitureFirst += first.furniturePer10 * t.articles;
	}
	console.log(
		`first scores pooled over the same ${firstSums.rules.captures} captures: kept ` +
			`${f3(keptFirst / sentences)}, furniture ${f2(furnitureFirst / articles)} per 10 articles`
	);
	console.log('\nmodel+w alone by threshold (kept, furniture per 10), all out-of-fold:');
	for (const threshold of SWEEP) {
		const t = emptyTotals();
		for (const c of captures) addScore(t, c.labels, modelOutput(c, worded.get(c.name)!, threshold));
		console.log(`  ${threshold}: ${cell(t)}`);
	}
	console.log('\nCombination grid, rules corrected by model+r (drop, rescue: kept, furniture per 10):');
	for (const g of grid) console.log(`  ${g.t.drop} ${g.t.rescue}: ${cell(g.totals)}`);
	console.log('\nCombination grid, rules corrected by model+w (drop, rescue: kept, furniture per 10):');
	for (const drop of DROP_GRID)
		for (const rescue of RESCUE_GRID) {
			const t = emptyTotals();
			for (const c of captures)
				addScore(t, c.labels, combinedOutput(c, worded.get(c.name)!, { drop, rescue }));
			console.log(`  ${drop} ${rescue}: ${cell(t)}`);
		}

	await firstSight(read, captures);

	// The model written is model+w: no rule features (their weights are zero), so it reads a line the
	// same whichever rules stand beside it.
	const model = fit(captures, RULE_FEATURES, true);
	if (write) {
		const options = (await resolveConfig(OUT)) ?? {};
		writeFileSync(OUT, await format(JSON.stringify(model), { ...options, parser: 'json' }));
		console.log(
			`\nwrote ${join('tools/train', 'line-model.json')} (fitted on ${model.trainedOn.join(', ')})`
		);
	}
}

/** How the combination's thresholds are chosen: a furniture line per 10 articles weighs 0.01 kept. */
const objective = (t: Totals) => rates(t).kept - rates(t).furniturePer10 / 100;

/** Every (drop, rescue) pair of the grids, the rules unchanged first (it wins ties). */
const PAIRS: Thresholds[] = [
	{ drop: 0, rescue: 1 },
	...DROP_GRID.flatMap((drop) => RESCUE_GRID.map((rescue) => ({ drop, rescue }))).filter(
		(t) => t.drop !== 0 || t.rescue !== 1
	)
];

/**
 * The rules as they stood at each gathering's first score, corrected by a model fitted on the other
 * gatherings (no rule features, so today's rules, fitted on the gathering, do not leak into it). The
 * thresholds for a gathering are chosen on the other first-sight gatherings only.
 */
async function firstSight(read: readonly Capture[], captures: readonly Prepared[]) {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const variants = [
		{ name: 'model', words: false },
		{ name: 'model+w', words: true }
	];
	const gatherings = Object.keys(FIRST_SIGHT);
	/** totals[variant][gathering][pair], and the rules of the day alone per gathering. */
	const totals = variants.map(() => gatherings.map(() => PAIRS.map(() => emptyTotals())));
	const rules = gatherings.map(() => emptyTotals());
	for (const [k, g] of gatherings.entries()) {
		const clean = await cleanerAt(root, FIRST_SIGHT[g]!);
		const old = read
			.filter((c) => gatheringOf(c.labels) === g)
			.map((c) => prepare(c.name, c.raw, c.labels, clean));
		for (const c of old) addScore(rules[k]!, c.labels, rulesOutput(c));
		for (const [v, variant] of variants.entries()) {
			const model = fit(
				captures.filter((c) => c.gathering !== g),
				RULE_FEATURES,
				variant.words
			);
			for (const c of old) {
				const p = probabilities(model, c, RULE_FEATURES);
				PAIRS.forEach((t, j) => addScore(totals[v]![k]![j]!, c.labels, combinedOutput(c, p, t)));
			}
		}
	}
	console.log('\nFirst sight: the rules of the day (their commit) corrected by the model, thresholds chosen');
	console.log('on the other first-sight gatherings (kept, furniture per 10 articles).');
	console.log(
		['gathering', 'commit', 'recorded', 'rules then', ...variants.map((v) => `+ ${v.name} (drop, rescue)`)]
			.map((h, i) => h.padEnd(i < 2 ? 10 : i < 4 ? 12 : 28))
			.join('')
	);
	const pooled = { rules: emptyTotals(), variants: variants.map(() => emptyTotals()) };
	const add = (into: Totals, t: Totals) => {
		for (const key of Object.keys(into) as (keyof Totals)[]) into[key] += t[key];
	};
	for (const [k, g] of gatherings.entries()) {
		add(pooled.rules, rules[k]!);
		const chosen = variants.map((_, v) => {
			let best = 0;
			let bestScore = -Infinity;
			PAIRS.forEach((_t, j) => {
				const others = emptyTotals();
				gatherings.forEach((_h, h) => h !== k && add(others, totals[v]![h]![j]!));
				if (objective(others) > bestScore) {
					bestScore = objective(others);
					best = j;
				}
			});
			add(pooled.variants[v]!, totals[v]![k]![best]!);
			return `${cell(totals[v]![k]![best]!)} (${PAIRS[best]!.drop}, ${PAIRS[best]!.rescue})`;
		});
		const recorded = FIRST_SCORES[g]!;
		console.log(
			[
				g.padEnd(10),
				FIRST_SIGHT[g]!.padEnd(10),
				`${f3(recorded.kept)} ${f2(recorded.furniturePer10).padStart(5)}`.padEnd(12),
				cell(rules[k]!).padEnd(12),
				...chosen.map((c) => c.padEnd(28))
			].join('')
		);
	}
	console.log(
		[
			'pooled'.padEnd(20),
			''.padEnd(12),
			cell(pooled.rules).padEnd(12),
			...pooled.variants.map((t) => cell(t).padEnd(28))
		].join('')
	);
}

await main();
