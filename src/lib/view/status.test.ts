import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../core/dates';
import { PLACE_STATUSES } from '../data/events';
import type { ExplorerPlace, ExplorerPlaceProperties } from '../data/explorer-data';
import { buildStatusTable, NO_STATUS, statusCode, statusCodeOn, statusOfCode, statusOnDay } from './status';

/** Morek's post as published: set up in April 2018, surrounded in August 2019, evacuated in October 2020. */
const MOREK: ExplorerPlaceProperties = {
	name: 'Turkish observation post 9 (Morek)',
	kind: 'observation-post',
	precision: 'exact',
	mentionCount: 0,
	established: '2018-04-07',
	statuses: [
		{ date: '2018-04-07', status: 'manned', event: 'op9-established' },
		{ date: '2019-08-23', status: 'surrounded', event: 'op9-surrounded' },
		{ date: '2020-10-19', status: 'withdrawn', event: 'op9-withdrawn' }
	]
};

const feature = (id: string, properties: ExplorerPlaceProperties): ExplorerPlace => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [36.6, 35.4] },
	properties
});

describe('statusOnDay', () => {
	it('follows a post through its life by the range’s last day', () => {
		expect(statusOnDay(MOREK, '2018-04-06')).toBeUndefined();
		expect(statusOnDay(MOREK, '2018-04-07')).toBe('manned');
		expect(statusOnDay(MOREK, '2020-02-29')).toBe('surrounded');
		expect(statusOnDay(MOREK, '2020-10-19')).toBe('withdrawn');
		expect(statusOnDay(MOREK, '2021-12-31')).toBe('withdrawn');
	});

	it('gives the latest status for an open end', () => {
		expect(statusOnDay(MOREK, undefined)).toBe('withdrawn');
	});

	it('draws a post that no event set up as manned from its established month', () => {
		const salwa: ExplorerPlaceProperties = { ...MOREK, established: '2017-10', statuses: undefined };
		expect(statusOnDay(salwa, '2017-09-30')).toBeUndefined();
		expect(statusOnDay(salwa, '2017-10-01')).toBe('manned');
		expect(statusOnDay(salwa, undefined)).toBe('manned');
	});

	it('gives a zone its status from the day it takes effect, and a town none', () => {
		const sochi: ExplorerPlaceProperties = {
			...MOREK,
			kind: 'zone',
			established: '2018-09-17',
			statuses: [{ date: '2018-09-17', status: 'in-force', event: 'sochi' }]
		};
		expect(statusOnDay(sochi, '2018-09-16')).toBeUndefined();
		expect(statusOnDay(sochi, '2018-09-17')).toBe('in-force');
		expect(
			statusOnDay({ ...MOREK, kind: 'town', established: undefined, statuses: undefined }, '2020-01-01')
		).toBe(undefined);
	});
});

describe('status codes', () => {
	it('turn every status into a code and back, with none as zero', () => {
		for (const s of PLACE_STATUSES) expect(statusOfCode(statusCode(s))).toBe(s);
		expect(statusOfCode(NO_STATUS)).toBeUndefined();
		expect(statusOfCode(99)).toBeUndefined();
	});
});

describe('the status table', () => {
	it('agrees with statusOnDay on every day for any timeline, existence aside', () => {
		const day = fc.integer({ min: dayNumber('2017-01-01'), max: dayNumber('2021-12-31') }).map(isoDay);
		const timeline = fc
			.array(fc.tuple(day, fc.constantFrom(...PLACE_STATUSES)), { maxLength: 4 })
			.map((l) =>
				l.map(([date, status]) => ({ date, status, event: 'e' })).sort((a, b) => a.date.localeCompare(b.date))
			);
		const place = fc.record({
			kind: fc.constantFrom('observation-post' as const, 'zone' as const, 'town' as const),
			statuses: timeline
		});
		fc.assert(
			fc.property(fc.array(place, { minLength: 1, maxLength: 5 }), day, (props, d) => {
				const places = props.map((p, i) => feature(`p${i}`, { ...MOREK, established: undefined, ...p }));
				const table = buildStatusTable(places);
				places.forEach((p, i) => {
					const expected = statusOnDay(p.properties, d);
					expect(statusOfCode(statusCodeOn(table, i, dayNumber(d)))).toBe(expected);
				});
			}),
			{ numRuns: 200 }
		);
	});
});
