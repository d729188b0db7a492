/**
 * A worker thread's first module: plain JavaScript, because Node starts a worker from a file it can
 * load itself. It registers tsx's loader in this thread (a worker does not inherit the parent's loader
 * hooks) and then imports the TypeScript module named in `workerData.module`.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
