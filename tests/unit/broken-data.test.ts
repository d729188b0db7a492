import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/core/errors';
import { loadDataset } from '../../src/lib/server/pipeline';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const made: string[] = [];

/** A data folder holding the valid fixture plus one broken case laid over it. */
function folderWith(broken: string): string {
	const dir = mkdtempSync(join(tmpdir(), `geodata-${broken}-`));
	made.push(dir);
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	cpSync(join(FIXTURES, 'broken', broken), dir, { recursive: true });
	return dir;
}

function issuesFor(broken: string) {
	try {
		loadDataset(folderWith(broken));
	} catch (e) {
		if (e instanceof DataError) return e.issues;
		throw e;
	}
	throw new Error(`${broken} was accepted`);
}

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CASES: [string, string, RegExp, RegExp][] = [
	['bad-coordinate', 'bad-coordinate.geojson', /geometry\.coordinates/, /\[200, 95\] is out of range/],
	['unclosed-polygon', 'unclosed-polygon.geojson', /coordinates\[0\]/, /not closed|at least 4 positions/],
	[
		'clockwise-polygon',
		'clockwise-polygon.geojson',
		/coordinates\[0\]/,
		/clockwise; RFC 7946 wants counter-clockwise/
	],
	['duplicate-id', 'duplicate-id.geojson', /saraqeb\.id/, /duplicate place id "saraqeb"/],
	[
		'alias-collision',
		'alias-collision.geojson',
		/aliases\[\d\]/,
		/alias "(SARĀQIB|Saraqib)" is also claimed by "(saraqeb|saraqib-camp)"/
	],
	['malformed-json', 'malformed-json.geojson', /\(file\)/, /not valid JSON/],
	['bad-date', '2020-02-30-bad-date.md', /^published$/, /real date written YYYY-MM-DD/],
	['vague-date', 'vague-date.md', /^published$/, /real date written YYYY-MM-DD/],
	['no-date', 'no-date.md', /^published$/, /YYYY-MM-DD/],
	['empty-file', 'empty-file.md', /\(file\)/, /file is empty/],
	['not-utf8', 'not-utf8.md', /\(file\)/, /not valid UTF-8/],
	['script-url', 'script-url.md', /^url$/, /absolute http\(s\) URL/],
	[
		'event-unknown-place',
		'event-unknown-place.json',
		/events\[0\] \(x-unknown\)\.places\[0\]/,
		/unknown place "atlantis"/
	],
	[
		'event-bad-date',
		'event-bad-date.json',
		/events\[0\] \(x-bad-date\)\.date/,
		/real date written YYYY-MM-DD/
	],
	[
		'event-moved-sentence',
		'event-moved-sentence.json',
		/events\[0\] \(x-moved\)\.source/,
		/outside|not the sentence given/
	],
	[
		'event-after-source',
		'event-after-source.json',
		/events\[0\] \(x-future\)\.date/,
		/after its source was published/
	],
	[
		'event-kind-misfit',
		'event-kind-misfit.json',
		/events\[0\] \(x-post\)\.places\[0\]/,
		/needs an observation post/
	],
	['outlet-no-party', 'outlets.json', /outlets\[0\] \(state-news\)\.party/, /must name the party/]
];

describe('broken inputs are rejected with the file and field named', () => {
	it('accepts the valid fixture', () => {
		const { places, articles } = loadDataset(join(FIXTURES, 'valid'));
		expect(places.map((p) => p.id)).toEqual(['idlib-city', 'idlib-governorate', 'saraqeb']);
		expect(articles[0]?.mentions.map((m) => m.place)).toEqual([
			'saraqeb',
			'idlib-city',
			'idlib-governorate',
			'idlib-governorate'
		]);
	});

	for (const [name, file, field, message] of CASES) {
		it(name, () => {
			const issues = issuesFor(name);
			const hit = issues.find((i) => i.file.endsWith(file) || i.message.includes(file));
			expect(hit, JSON.stringify(issues)).toBeDefined();
			expect(hit!.field).toMatch(field);
			expect(hit!.message).toMatch(message);
		});
	}

	it('check:data exits non-zero and prints the file, field and problem', () => {
		const dir = folderWith('bad-coordinate');
		let out = '';
		let status = 0;
		try {
			execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts'], {
				env: { ...process.env, GEODATA_DIR: dir },
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (e) {
			const err = e as { status: number; stderr: string };
			status = err.status;
			out = err.stderr;
		}
		expect(status).toBe(1);
		expect(out).toMatch(
			/bad-coordinate\.geojson: features\[0\] \(nowhere\)\.geometry\.coordinates: \[200, 95\] is out of range/
		);
	});
});
