/**
 * A worker of the record pool (`record-pool.ts`): builds the per-article context once from the places it
 * was started with, then answers each batch of articles (`answerBatch`): their records, the records'
 * cache lines, or the checks of their mentions, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { recordContext, type RecordPlace } from '../data/records';
import { answerBatch, type RecordBatch } from './record-batch';

const port = parentPort;
if (!port) throw new Error('record-worker.ts runs as a worker thread of record-pool.ts');
const { places, reviewedKeys } = workerData as { places: RecordPlace[]; reviewedKeys: string[] };
const context = recordContext(places);
const checks = { placeIds: new Set(places.map((p) => p.id)), reviewedKeys: new Set(reviewedKeys) };
port.on('message', (batch: RecordBatch) => port.postMessage(answerBatch(batch, context, checks)));
