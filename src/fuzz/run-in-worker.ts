import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { loadTarget } from './all-targets.js';
import type { WorkerMessage, WorkerRequest } from './fuzz-worker.js';
import type { FuzzOptions, TargetReport } from './run-target.js';

export interface WorkerRunOptions extends Omit<FuzzOptions, 'onCase'> {
  /** A case still running after this long is a hang that will not end by itself: the worker is ended. Default 20× the budget, at least 20 s. */
  watchdogMs?: number;
  /** Heap limit of the worker, so a parser that balloons is a crash of its case, not of the runner. */
  maxHeapMb?: number;
}

/**
 * Runs one target in a worker thread under a watchdog. Per-case timing inside the worker
 * catches slow cases; a case that never returns (an infinite loop never yields to the event
 * loop) is caught here: no heartbeat for `watchdogMs` ends the worker and counts a hang, and
 * the case is regenerated from the seed and its index to show it.
 */
export function runInWorker(name: string, options: WorkerRunOptions): Promise<TargetReport> {
  const { watchdogMs = Math.max(20_000, options.budgetMs * 20), maxHeapMb = 2048, ...fuzz } = options;
  const request: WorkerRequest = { target: name, options: fuzz };
  const worker = new Worker(new URL('./fuzz-worker.js', import.meta.url), { workerData: request, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
  let current: { phase: 'run' | 'shrink'; index: number } | null = null;
  let cases = 0;
  return new Promise<TargetReport>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | null = null;
    const finish = (report: TargetReport): void => {
      if (settled) return;
      settled = true;
      if (timer !== null) clearTimeout(timer);
      void worker.terminate();
      resolve(report);
    };
    let dying = false;
    const died = (kind: 'crash' | 'hang', error: string): void => {
      if (dying || settled) return;
      dying = true;
      void describeCase(name, fuzz.seed, current).then((counterexample) => finish({
        target: name, entry: name, cases, crashes: kind === 'crash' ? 1 : 0, broken: 0, hangs: kind === 'hang' ? 1 : 0,
        slowestMs: kind === 'hang' ? watchdogMs : 0, seed: fuzz.seed,
        failure: { kind, error, counterexample, path: current === null ? '' : current.phase === 'run' ? String(current.index) : `(shrink step ${current.index})`, shrinks: 0 },
        others: [],
      }));
    };
    const arm = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => died('hang', `no result after ${watchdogMs} ms: the case never returned (the worker was ended)`), watchdogMs);
    };
    arm(); // loading the target counts too
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'case') {
        current = { phase: message.phase, index: message.index };
        if (message.phase === 'run') cases = message.index + 1;
        arm();
      } else {
        finish(message.report);
      }
    });
    worker.on('error', (error) => died('crash', `the worker died: ${error.name}: ${error.message}`));
    worker.on('exit', (code) => {
      if (!settled) died('crash', `the worker exited with code ${code} before reporting`);
    });
  });
}

/** The input of case `index` of the seed's sequence, as fast-check prints it (fast-check replays a path deterministically). */
async function describeCase(name: string, seed: number, current: { phase: 'run' | 'shrink'; index: number } | null): Promise<string> {
  if (current === null) return '(the target did not load)';
  if (current.phase === 'shrink') return '(a shrink step of the first failing case; replay the seed to see it)';
  const target = await loadTarget(name);
  let value: unknown;
  let seen = false;
  fc.check(fc.property(target.arbitrary, (input) => {
    if (!seen) value = input;
    seen = true;
    return true;
  }), { seed, path: String(current.index), numRuns: 1 });
  const text = fc.stringify(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}… (${text.length} chars)` : text;
}
