/**
 * Reading the real captures from disk, once for every tool that scores them: `npm run eval` and the
 * agreement between two event labellings read a capture, its place labels and its event labels through
 * these functions, so both check the same things (the schema, every mention's offsets against the raw
 * text, every event label against the mentions) and report each problem with its file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataIssue } from '../../src/lib/core/errors';
import { checkEventLabels, EVENTS_SUFFIX, type EventLabels } from './events';
import { realItemSchema, type RealLabels } from './real';

/** One capture as read: its raw text, its place labels and, when someone labelled them, its events. */
export interface Capture {
	name: string;
	raw: string;
	labels: RealLabels;
	/** The event labels, `<name>.events.json`; undefined while nobody has labelled the capture's events. */
	events?: EventLabels;
}

/** A path as the messages show it: relative to where the tool was started. */
const shown = (file: string) => relative(process.cwd(), file);

/** Parses a JSON file; a file that cannot be read or parsed is an issue naming it, and gives undefined. */
function readJson(file: string, issues: DataIssue[]): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		issues.push({ file: shown(file), field: '(file)', message: (e as Error).message });
		return undefined;
	}
}

/** The names of the captures in `dir` (each `<name>.json` beside `<name>.txt`), sorted; none when `dir` is absent. */
export function captureNames(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json') && !n.endsWith(EVENTS_SUFFIX))
		.map((n) => n.slice(0, -'.json'.length))
		.sort();
}

/**
 * The event labels of capture `name` kept in `dir` (which may be another labeller's folder), checked
 * against the capture's raw text and place mentions; undefined when the file is absent or not valid.
 */
export function readEventLabels(
	dir: string,
	name: string,
	capture: Pick<Capture, 'raw' | 'labels'>,
	issues: DataIssue[]
): EventLabels | undefined {
	const file = join(dir, `${name}${EVENTS_SUFFIX}`);
	if (!existsSync(file)) return undefined;
	const data = readJson(file, issues);
	if (data === undefined) return undefined;
	const checked = checkEventLabels(shown(file), data, capture.raw, capture.labels.mentions);
	issues.push(...checked.issues);
	return checked.labels;
}

/**
 * Capture `name` of `dir`: its raw text, its place labels (schema and every mention's offsets checked)
 * and its event labels from the same folder. Undefined when the capture cannot be read or its place
 * labels are not valid; each problem is added to `issues`.
 */
export function readCapture(dir: string, name: string, issues: DataIssue[]): Capture | undefined {
	const file = shown(join(dir, `${name}.json`));
	let raw: string;
	try {
		raw = readFileSync(join(dir, `${name}.txt`), 'utf8');
	} catch (e) {
		issues.push({ file, field: '(file)', message: (e as Error).message });
		return undefined;
	}
	const data = readJson(join(dir, `${name}.json`), issues);
	if (data === undefined) return undefined;
	const parsed = realItemSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			issues.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
		return undefined;
	}
	parsed.data.mentions.forEach((m, i) => {
		const held = raw.slice(m.start, m.end);
		if (held !== m.surface)
			issues.push({ file, field: `mentions[${i}]`, message: `offsets hold "${held}", not "${m.surface}"` });
	});
	const capture: Capture = { name, raw, labels: parsed.data };
	const events = readEventLabels(dir, name, capture, issues);
	if (events) capture.events = events;
	return capture;
}

/** Every capture of `dir` (`readCapture`), those that could be read. */
export function readCaptures(dir: string, issues: DataIssue[]): Capture[] {
	const out: Capture[] = [];
	for (const name of captureNames(dir)) {
		const capture = readCapture(dir, name, issues);
		if (capture) out.push(capture);
	}
	return out;
}
