/**
 * `npm run audit`: Lighthouse on the built site (accessibility, best practices, SEO and performance of
 * the explorer and a reader page) beside a bare MapLibre page with the same map (`bare/`), which it
 * builds first. Each page is audited `--runs` times (default 3) in Chromium (`CHROME_PATH`, default
 * `/usr/bin/chromium`) with Lighthouse's default mobile settings, and the median of each score is
 * printed; `--json` prints the table as JSON. The full reports go to `build-audit/reports/`.
 *
 * Lighthouse lives in `tools/audit/node_modules` (its own package.json, installed by
 * `node tools/setup/install.mjs tools/audit`, which `npm run audit` runs), not in the app's dependencies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveSite } from './serve';

/** What this script uses of Lighthouse and chrome-launcher (typed here: they are not installed for svelte-check). */
interface LighthouseResult {
	lhr: {
		categories: Record<string, { score: number | null }>;
		audits: Record<
			string,
			{ score: number | null; title: string; scoreDisplayMode: string; numericValue?: number }
		>;
	};
	report: string | string[];
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
interface Chrome {
	port: number;
	kill(): Promise<void> | void;
}
type Launch = (options: { chromePath: string; chromeFlags: string[] }) => Promise<Chrome>;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The timings behind the performance score, reported in ms beside it. */
const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'speed-index'
] as const;

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(name);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const runs = Number(option('--runs', '3'));
const port = Number(option('--port', process.env.AUDIT_PORT ?? '4190'));
const site = option('--site', 'build');
const reader = option('--reader', '/articles/2020-02-07-russians-head-to-turkey-for-talks-on-syrias');
const json = process.argv.includes('--json');
const out = resolve('build-audit');

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
	const auditModules = join(import.meta.dirname, 'node_modules');
	// Specifiers held in variables, so TypeScript does not look for packages only the audit installs.
	const lighthousePath = join(auditModules, 'lighthouse', 'core', 'index.js');
	const launcherPath = join(auditModules, 'chrome-launcher', 'dist', 'index.js');
	const lighthouse = ((await import(lighthousePath)) as { default: Lighthouse }).default;
	const { launch } = (await import(launcherPath)) as { launch: Launch };

	await build({
		root: join(import.meta.dirname, 'bare'),
		base: '/',
		logLevel: 'warn',
		configFile: false,
		build: {
			outDir: join(out, 'bare'),
			emptyOutDir: true,
			target: 'es2022',
			rollupOptions: { input: join(import.meta.dirname, 'bare', 'bare.html') }
		}
	});

	const server = await serveSite([join(out, 'bare'), site], join(site, '_headers'), port);
	// The bare page is `/bare.html` (and its `/assets/`), beside the site's files it reads.
	const pages = { explorer: '/', reader, bare: '/bare.html' };
	const chrome = await launch({
		chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--use-gl=swiftshader',
			'--enable-unsafe-swiftshader',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	const scores: Record<string, Record<string, number[]>> = {};
	const failing: Record<string, Set<string>> = {};
	const timings: Record<string, Record<string, number[]>> = {};
	mkdirSync(join(out, 'reports'), { recursive: true });
	try {
		for (let run = 0; run < runs; run++) {
			for (const [name, path] of Object.entries(pages)) {
				const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES]
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
				writeFileSync(join(out, 'reports', `${name}-${run + 1}.json`), String(result.report));
				for (const c of CATEGORIES) {
					const score = Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
					((scores[name] ??= {})[c] ??= []).push(score);
				}
				for (const m of METRICS)
					((timings[name] ??= {})[m] ??= []).push(Math.round(result.lhr.audits[m]?.numericValue ?? NaN));
				for (const [id, a] of Object.entries(result.lhr.audits)) {
					if (
						a.score !== null &&
						a.score < 1 &&
						a.scoreDisplayMode !== 'informative' &&
						a.scoreDisplayMode !== 'metricSavings'
					)
						(failing[name] ??= new Set()).add(`${id}: ${a.title}`);
				}
				if (!json) console.error(`run ${run + 1}/${runs}: ${name} done`);
			}
		}
	} finally {
		await chrome.kill();
		server.close();
	}
	const table = Object.fromEntries(
		Object.entries(scores).map(([name, s]) => [
			name,
			Object.fromEntries(CATEGORIES.map((c) => [c, median(s[c]!)]))
		])
	);
	const metrics = Object.fromEntries(
		Object.entries(timings).map(([name, t]) => [
			name,
			Object.fromEntries(METRICS.map((m) => [m, median(t[m]!)]))
		])
	);
	if (json) {
		console.log(JSON.stringify({ runs, table, scores, metrics }, null, 2));
		return;
	}
	const cell = (text: string) => text.padEnd(24);
	console.log(`\nLighthouse, ${runs} runs per page (mobile defaults): median score (each run's)`);
	console.log(['page', ...CATEGORIES].map((h) => (h === 'page' ? h.padEnd(10) : cell(h))).join(''));
	for (const [name, row] of Object.entries(table))
		console.log(
			name.padEnd(10) + CATEGORIES.map((c) => cell(`${row[c]} (${scores[name]![c]!.join(', ')})`)).join('')
		);
	console.log(`\nmedian ms: ${METRICS.join(', ')}`);
	for (const [name, row] of Object.entries(metrics))
		console.log(`${name.padEnd(10)}${METRICS.map((m) => String(row[m]).padStart(8)).join('')}`);
	const behind = table.bare!.performance! - table.explorer!.performance!;
	console.log(
		`\nperformance: explorer ${table.explorer!.performance}, bare map ${table.bare!.performance}: ` +
			(behind > 0 ? `${behind} points behind` : `${-behind} points ahead`) +
			` (goal: at most 3 behind): ${behind <= 3 ? 'met' : 'not met'}`
	);
	for (const [name, audits] of Object.entries(failing)) {
		console.log(`\n${name}: audits below full marks in some run`);
		for (const a of audits) console.log(`  ${a}`);
	}
}

await main();
