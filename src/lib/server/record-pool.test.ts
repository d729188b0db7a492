import { describe, expect, it } from 'vitest';
import { articleRecord, recordContext, recordPlaces } from '../data/records';
import { prepareData } from './pipeline';
import { answerBatch } from './record-batch';
import { RecordPool } from './record-pool';

describe('RecordPool', () => {
	it('gives several runs on the same threads the records the main thread computes, in order', async () => {
		const prepared = prepareData('tests/fixtures/bulk');
		const places = recordPlaces(prepared.candidates);
		const context = recordContext(places);
		const inputs = prepared.articles.map(({ id, body, published }) => ({ id, body, published }));
		const pool = new RecordPool(places, 2);
		try {
			const first = await pool.run(inputs.slice(0, 3));
			const second = await pool.run(inputs.slice(1));
			expect(first).toEqual(inputs.slice(0, 3).map((a) => articleRecord(a, context)));
			expect(second).toEqual(inputs.slice(1).map((a) => articleRecord(a, context)));
			expect(await pool.run([])).toEqual([]);
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('gives the records’ cache lines and checks the main thread would make, without the records', async () => {
		const prepared = prepareData('tests/fixtures/bulk');
		const places = recordPlaces(prepared.candidates);
		const context = recordContext(places);
		const inputs = prepared.articles.map(({ id, body, published }) => ({ id, body, published }));
		const files = prepared.articles.map((a) => a.file);
		const mine = answerBatch({ batch: 0, inputs, files, json: true }, context, {
			placeIds: new Set(places.map((p) => p.id)),
			reviewedKeys: new Set()
		});
		const pool = new RecordPool(places, 2);
		try {
			const computed = await pool.compute(inputs, { files, json: true, records: false });
			expect(computed.records).toBeUndefined();
			expect(computed.json).toEqual(inputs.map((a) => JSON.stringify(articleRecord(a, context))));
			expect(computed.json).toEqual(mine.json);
			expect(computed.checks).toEqual(mine.checks);
			expect(computed.checks.named.size).toBeGreaterThan(0);
		} finally {
			await pool.close();
		}
	}, 60_000);
});
