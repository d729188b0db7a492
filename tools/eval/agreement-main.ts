/**
 * Prints how far a second event labelling of the real captures agrees with the first:
 * `npx tsx tools/eval/agreement-main.ts [first-dir] [second-dir] [--list]`, by default the test half
 * (`tests/eval/real/test`) against its second labelling (`tests/eval/real/test-second`). The captures and
 * their place labels are read from the first directory; captures without event labels in both are skipped.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, type DataIssue } from '../../src/lib/core/errors';
import { compareLabellings, type TwiceLabelled } from './agreement';
import { captureNames, readCapture, readEventLabels } from './captures';
import { EVENTS_SUFFIX } from './events';

const REAL_DIR = fileURLToPath(new URL('../../tests/eval/real/', import.meta.url));

const shown = (file: string) => relative(process.cwd(), file);

/** Every capture of `firstDir` with event labels in both directories, each checked as it is read. */
function readTwiceLabelled(firstDir: string, secondDir: string, issues: DataIssue[]): TwiceLabelled[] {
	const items: TwiceLabelled[] = [];
	for (const name of captureNames(firstDir)) {
		if (!existsSync(join(secondDir, `${name}${EVENTS_SUFFIX}`))) continue;
		const capture = readCapture(firstDir, name, issues);
		if (!capture?.events) continue;
		const second = readEventLabels(secondDir, name, capture, issues);
		if (second)
			items.push({ name, raw: capture.raw, title: capture.labels.title, first: capture.events, second });
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
