import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptEvent, DEFAULT_EVENTS_FILE, listCandidates } from './accept-event';
import { extractedEventId } from '../data/extracted';
import { ingest } from './run';

/** The small valid folder ingest's tests use, plus an article whose text reports a shelling. */
const VALID = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'valid');
const SHELLING = `---
title: Saraqeb shelled
outlet: Fixture News
published: 2020-02-12
---

Artillery shelled Saraqeb on Tuesday, residents said.
`;

let geodata: string;
beforeEach(() => {
	geodata = join(mkdtempSync(join(tmpdir(), 'accept-event-')), 'geodata');
	cpSync(VALID, geodata, { recursive: true });
	writeFileSync(join(geodata, 'articles', '2020-02-12-saraqeb-shelled.md'), SHELLING);
});
afterEach(() => rmSync(join(geodata, '..'), { recursive: true, force: true }));

describe('acceptEvent', () => {
	it('lists the extracted events and writes one to a reviewed file with its sentence, then refuses it again', () => {
		const [candidate, ...rest] = listCandidates(geodata);
		expect(rest).toEqual([]);
		expect(candidate).toMatchObject({
			kind: 'attacked',
			places: ['saraqeb'],
			date: '2020-02-11',
			extracted: true
		});

		const { event, file } = acceptEvent(geodata, candidate!.id);
		expect(file.endsWith(join('events', DEFAULT_EVENTS_FILE))).toBe(true);
		const written = JSON.parse(readFileSync(join(geodata, 'events', DEFAULT_EVENTS_FILE), 'utf8'));
		expect(written.events).toEqual([event]);
		expect(event).toMatchObject({
			id: candidate!.id,
			datePrecision: 'day',
			source: {
				article: '2020-02-12-saraqeb-shelled',
				start: 0,
				end: 53,
				sentence: 'Artillery shelled Saraqeb on Tuesday, residents said.'
			}
		});
		expect(event).not.toHaveProperty('extracted');
		expect(listCandidates(geodata)).toEqual([]);
		expect(() => acceptEvent(geodata, candidate!.id)).toThrow(/already a reviewed event/);
	});

	it('refuses an extracted event a reviewed one already holds, naming it, and writes nothing', () => {
		const id = extractedEventId('2020-02-07-fixture', 0, 'saraqeb', 'entered');
		expect(() => acceptEvent(geodata, id)).toThrow(/already reviewed: "saraqeb-entered" in .*front\.json/);
		expect(existsSync(join(geodata, 'events', DEFAULT_EVENTS_FILE))).toBe(false);
	});

	it('refuses an unknown id, a file outside geodata/events/, and a reviewed file that is not valid', () => {
		const [candidate] = listCandidates(geodata);
		expect(() => acceptEvent(geodata, 'no-such-event')).toThrow(/no extracted event has the id/);
		expect(() => acceptEvent(geodata, candidate!.id, join(geodata, 'elsewhere.json'))).toThrow(
			/must be a \.json file in/
		);
		const broken = join(geodata, 'events', 'broken.json');
		writeFileSync(broken, '{ "events": 3 }');
		expect(() => acceptEvent(geodata, candidate!.id, broken)).toThrow(/broken\.json: events/);
		expect(readFileSync(broken, 'utf8')).toBe('{ "events": 3 }');
	});

	it('takes the ids ingest shows for a new article: the build finds the same events once it is written', () => {
		const capture = join(VALID, '..', 'ingest', 'kafranbel-shelling.txt');
		const run = (dryRun: boolean) =>
			ingest([capture], {
				geodata,
				dryRun,
				force: false,
				addPlaces: false,
				overrides: { date: '2020-02-07', outlet: 'Reuters' }
			}).files[0]!.articles[0]!;
		const shown = run(true).events;
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((e) => e.extracted && e.confidence !== undefined)).toBe(true);
		const written = run(false);
		const built = listCandidates(geodata, written.id!).map((e) => e.id);
		expect(built).toEqual(expect.arrayContaining(shown.map((e) => e.id)));
		expect(acceptEvent(geodata, shown[0]!.id).event.id).toBe(shown[0]!.id);
	});
});
