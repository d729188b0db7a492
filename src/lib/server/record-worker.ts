/**
 * A worker of the record pool (`record-pool.ts`): builds the per-article context once from the places it
 * was started with, then answers each batch of articles with their records, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articleRecord, recordContext, type RecordInput, type RecordPlace } from '../data/records';

/** A batch the pool sends: its number, to match the answer, and the articles. */
export interface RecordBatch {
	batch: number;
	inputs: RecordInput[];
}

const port = parentPort;
if (!port) throw new Error('record-worker.ts runs as a worker thread of record-pool.ts');
const context = recordContext((workerData as { places: RecordPlace[] }).places);
port.on('message', ({ batch, inputs }: RecordBatch) => {
	port.postMessage({ batch, records: inputs.map((input) => articleRecord(input, context)) });
});
