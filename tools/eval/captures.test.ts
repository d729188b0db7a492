import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/lib/core/errors';
import { captureNames, readCapture, readCaptures, readEventLabels } from './captures';

const RAW = 'Menu\nShelling hit Saraqeb on Monday.\n';
const START = RAW.indexOf('Saraqeb');
const SENTENCE = 'Shelling hit Saraqeb on Monday.';

function labels(mentionStart = START) {
	return {
		outlet: 'Example Wire',
		url: 'https://example.org/a',
		published: '2020-02-04',
		title: 'Shelling',
		article: [SENTENCE],
		mentions: [{ place: 'saraqeb', start: mentionStart, end: mentionStart + 7, surface: 'Saraqeb' }]
	};
}

const EVENTS = {
	events: [
		{
			places: ['saraqeb'],
			kind: 'attacked',
			date: '2020-02-03',
			datePrecision: 'day',
			start: RAW.indexOf(SENTENCE),
			end: RAW.indexOf(SENTENCE) + SENTENCE.length,
			sentence: SENTENCE
		}
	]
};

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

function folder(files: Record<string, unknown>): string {
	dir = mkdtempSync(join(tmpdir(), 'captures-'));
	for (const [name, body] of Object.entries(files))
		writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
	return dir;
}

describe('reading the real captures', () => {
	it('reads a capture with its place and event labels, and lists captures by name', () => {
		const d = folder({
			'a.txt': RAW,
			'a.json': labels(),
			'a.events.json': EVENTS,
			'b.txt': RAW,
			'b.json': labels()
		});
		const issues: DataIssue[] = [];
		expect(captureNames(d)).toEqual(['a', 'b']);
		const [a, b] = readCaptures(d, issues);
		expect(issues).toEqual([]);
		expect(a!.labels.mentions[0]!.surface).toBe('Saraqeb');
		expect(a!.events!.events[0]!.kind).toBe('attacked');
		expect(b!.events).toBeUndefined();
	});

	it('names the file and the field of a mention whose offsets hold other text', () => {
		const d = folder({ 'a.txt': RAW, 'a.json': labels(START + 1) });
		const issues: DataIssue[] = [];
		readCapture(d, 'a', issues);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file).toMatch(/a\.json$/);
		expect(issues[0]!.field).toBe('mentions[0]');
		expect(issues[0]!.message).toContain('not "Saraqeb"');
	});

	it('reports a capture that cannot be parsed and goes on with the others', () => {
		const d = folder({ 'a.txt': RAW, 'a.json': '{ not json', 'b.txt': RAW, 'b.json': labels() });
		const issues: DataIssue[] = [];
		expect(readCaptures(d, issues).map((c) => c.name)).toEqual(['b']);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file).toMatch(/a\.json$/);
		expect(issues[0]!.field).toBe('(file)');
	});

	it("checks another labeller's events against the capture's own text and mentions", () => {
		const d = folder({ 'a.txt': RAW, 'a.json': labels() });
		const second = join(d, 'second');
		mkdirSync(second);
		const wrong = { events: [{ ...EVENTS.events[0]!, places: ['hama'] }] };
		writeFileSync(join(second, 'a.events.json'), JSON.stringify(wrong));
		const issues: DataIssue[] = [];
		const capture = readCapture(d, 'a', issues)!;
		readEventLabels(second, 'a', capture, issues);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0]!.file).toMatch(/second\/a\.events\.json$/);
		expect(issues[0]!.message).toContain('hama');
	});

	it('lists no capture in a folder that does not exist', () => {
		expect(captureNames(join(tmpdir(), 'no-such-captures-folder'))).toEqual([]);
	});
});
