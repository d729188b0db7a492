/**
 * Prints how far a second event labelling of the real captures agrees with the first:
 * `npx tsx tools/eval/agreement-main.ts [first-dir] [second-dir] [--list]`, by default the test half
 * (`tests/eval/real/test`) against its second labelling (`tests/eval/real/test-second`). The captures and
 * their place labels are read from the first directory; captures without event labels in both are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { compareLabellings, type TwiceLabelled } from './agreement';
import { checkEventLabels, EVENTS_SUFFIX } from './events';
import { realItemSchema } from './real';

const REAL_DIR = fileURLToPath(new URL('../../tests/eval/real/', import.meta.url));

const shown = (file: string) => relative(process.cwd(), file);

function readJson(file: string, issues: DataIssue[]): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		issues.push({ file: shown(file), field: '(file)', message: (e as Error).message });
		return undefined;
	}
}

/** Every capture of `firstDir` with event labels in both directories, each checked as it is read. */
function readTwiceLabelled(firstDir: string, secondDir: string, issues: DataIssue[]): TwiceLabelled[] {
	const names = readdirSync(firstDir)
		.filter((n) => n.endsWith(EVENTS_SUFFIX))
		.map((n) => n.slice(0, -EVENTS_SUFFIX.length))
		.filter((n) => existsSync(join(secondDir, `${n}${EVENTS_SUFFIX}`)))
		.sort();
	const items: TwiceLabelled[] = [];
	for (const name of names) {
		const placesFile = join(firstDir, `${name}.json`);
		const parsed = realItemSchema.safeParse(readJson(placesFile, issues));
		if (!parsed.success) {
			issues.push({ file: shown(placesFile), field: '(root)', message: parsed.error.issues[0]!.message });
			continue;
		}
		const raw = readFileSync(join(firstDir, `${name}.txt`), 'utf8');
		const read = (dir: string) => {
			const file = join(dir, `${name}${EVENTS_SUFFIX}`);
			const checked = checkEventLabels(shown(file), readJson(file, issues), raw, parsed.data.mentions);
			issues.push(...checked.issues);
			return checked.labels;
		};
		const first = read(firstDir);
		const second = read(secondDir);
		if (first && second) items.push({ name, raw, title: parsed.data.title, first, second });
	}
	return items;
}

function main(): void {
	const args = process.argv.slice(2);
	const dirs = args.filter((a) => !a.startsWith('--'));
	const firstDir = dirs[0] ?? join(REAL_DIR, 'test');
	const secondDir = dirs[1] ?? join(REAL_DIR, 'test-second');
	const issues: DataIssue[] = [];
	const items = readTwiceLabelled(firstDir, secondDir, issues);
	if (issues.length) {
		console.error(formatIssues(issues));
		process.exitCode = 1;
		return;
	}
	const a = compareLabellings(items);
	const f = (x: number) => x.toFixed(3);
	console.log(
		`event labellings: ${shown(secondDir)} scored against ${shown(firstDir)}, ${a.captures} captures` +
			` (headline labels not scored: ${a.inHeadline.first} first, ${a.inHeadline.second} second)`
	);
	console.log(
		`pairs P/R/F1 ${f(a.precision)}/${f(a.recall)}/${f(a.f1)}: ${a.tp} in both, ${a.fp} only in the second,` +
			` ${a.fn} only in the first; dates ${a.datesRight}/${a.tp} (${f(a.dateShare)})`
	);
	for (const k of a.byKind)
		console.log(
			`  ${k.kind.padEnd(17)} both ${k.both}, first only ${k.firstOnly}, second only ${k.secondOnly}`
		);
	if (args.includes('--list')) {
		const list = (title: string, lines: string[]) => {
			if (lines.length) console.log(`\n${title}:\n  ${lines.join('\n  ')}`);
		};
		list('only in the first', a.firstOnly);
		list('only in the second', a.secondOnly);
		list('dates differing (second, then first)', a.wrongDates);
	}
}

main();
