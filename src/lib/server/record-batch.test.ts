import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../data/records';
import { checkRecord, emptyChecks } from './record-batch';

describe('checkRecord', () => {
	it('names the file and field of a mention that does not hold its text, and counts the rest', () => {
		const record = {
			mentions: [
				{ place: 'saraqib', surface: 'Saraqeb', start: 0, end: 7 },
				{ place: 'nowhere', surface: 'Idlib', start: 0, end: 5 }
			],
			events: [
				{ kind: 'shelling', places: ['saraqib'] },
				{ kind: 'shelling', places: ['idlib'] }
			]
		} as unknown as ArticleRecord;
		const checks = emptyChecks();
		const context = { placeIds: new Set(['saraqib']), reviewedKeys: new Set(['shelling|idlib']) };
		checkRecord(record, 'Saraqeb was shelled.', 'bulk/a.parquet', 3, context, checks);
		expect(checks.issues).toEqual([
			[3, { file: 'bulk/a.parquet', field: 'mentions[1].place', message: 'unknown place "nowhere"' }],
			[3, { file: 'bulk/a.parquet', field: 'mentions[1]', message: 'offsets 0..5 do not hold "Idlib"' }]
		]);
		expect([...checks.named]).toEqual(['saraqib', 'nowhere']);
		expect(checks.events).toBe(2);
		expect(checks.maybeReviewed).toEqual([record.events[1]]);
	});
});
