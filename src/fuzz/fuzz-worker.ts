// Worker entry: runs one fuzz target and posts a heartbeat before every case, so the parent
// can end a case that never returns (a true infinite loop blocks this thread for good).
import { parentPort, workerData } from 'node:worker_threads';
import { loadTarget } from './all-targets.js';
import { runTarget, type FuzzOptions } from './run-target.js';

export interface WorkerRequest {
  target: string;
  options: Omit<FuzzOptions, 'onCase'>;
}

export type WorkerMessage =
  | { type: 'case'; phase: 'run' | 'shrink'; index: number }
  | { type: 'done'; report: import('./run-target.js').TargetReport };

const port = parentPort;
if (port === null) throw new Error('fuzz-worker runs inside a worker thread');
const request = workerData as WorkerRequest;
const target = await loadTarget(request.target);
const report = await runTarget(target, {
  ...request.options,
  onCase: (phase, index) => port.postMessage({ type: 'case', phase, index } satisfies WorkerMessage),
});
port.postMessage({ type: 'done', report } satisfies WorkerMessage);
