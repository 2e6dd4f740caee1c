import fc from 'fast-check';
import type { FuzzTarget } from './fuzz-target.js';
import { InvariantError } from './invariant.js';

export type FailureKind = 'crash' | 'broken' | 'hang';

export interface FuzzOptions {
  /** Generated cases per target. */
  runs: number;
  seed: number;
  /** A case that takes longer than this, plus 1 ms per INPUT_CHARS_PER_MS of input, counts as a hang. */
  budgetMs: number;
  /** Stop generating cases after this long (the counts say how many ran); no limit by default. */
  timeLimitMs?: number;
  /** Time allowed for shrinking a counterexample, so a slow failure cannot stall the run. */
  shrinkMs?: number;
  /** Replays one case of the seed's sequence (fast-check's path, as a failure report prints it) instead of generating `runs` cases. */
  path?: string;
  /** Called before each case runs (the worker's heartbeat for its watchdog). */
  onCase?: (phase: 'run' | 'shrink', index: number) => void;
}

export interface FuzzFailure {
  kind: FailureKind;
  /** The error (name: message and the top of its stack) or the time taken. */
  error: string;
  /** The shrunk input as fast-check prints it, cut to a readable length. */
  counterexample: string;
  /** Replay with `--seed <seed> --path <path>` (fast-check's `path`). */
  path: string;
  shrinks: number;
}

export interface TargetReport {
  target: string;
  entry: string;
  cases: number;
  crashes: number;
  /** Results that broke an invariant (offsets, schema, oracle). */
  broken: number;
  hangs: number;
  slowestMs: number;
  seed: number;
  failure: FuzzFailure | null;
  /** Other kinds of failure seen (by message, numbers blanked), unshrunk: the first case of each, to replay by path. */
  others: { kind: FailureKind; error: string; path: string; count: number }[];
}

interface Outcome {
  kind: FailureKind | null;
  error: unknown;
  ms: number;
}

const MAX_COUNTEREXAMPLE_CHARS = 2000;
/**
 * Linear work on a big input is not a hang: each case may also take 1 ms per 100 characters
 * (100 KB/s, below linkedom's ~200 KB/s on tag-dense HTML), so only super-linear time or a
 * slow small input trips the budget.
 */
export const INPUT_CHARS_PER_MS = 100;

/**
 * Runs one target in this thread: every case is timed and classified (a crash, a broken
 * invariant, a hang over `budgetMs`, or fine) without stopping, so the counts are real; then
 * the first failing case is replayed by its path and shrunk. An infinite loop never returns
 * here: run-in-worker's watchdog ends the thread in that case.
 */
export async function runTarget(target: FuzzTarget, options: FuzzOptions): Promise<TargetReport> {
  const report: TargetReport = { target: target.name, entry: target.entry, cases: 0, crashes: 0, broken: 0, hangs: 0, slowestMs: 0, seed: options.seed, failure: null, others: [] };
  let firstFailure: number | null = null;
  const kinds = new Map<string, TargetReport['others'][number]>();
  const counting = fc.asyncProperty(target.arbitrary, async (input) => {
    const index = report.cases;
    options.onCase?.('run', index);
    report.cases += 1;
    const outcome = await runCase(target, input, options.budgetMs);
    report.slowestMs = Math.max(report.slowestMs, outcome.ms);
    if (outcome.kind === null) return true;
    if (outcome.kind === 'crash') report.crashes += 1;
    else if (outcome.kind === 'broken') report.broken += 1;
    else report.hangs += 1;
    firstFailure ??= index;
    const error = outcome.kind === 'hang' ? 'over the time budget' : firstLine(outcome.error);
    const signature = `${outcome.kind} ${error.replace(/\d+/g, '#').replace(/"[^"]*"/g, '"…"').slice(0, 120)}`;
    const seen = kinds.get(signature);
    if (seen !== undefined) seen.count += 1;
    else if (kinds.size < MAX_KINDS) kinds.set(signature, { kind: outcome.kind, error: cut(error), path: String(index), count: 1 });
    return true; // keep counting: the shrinking pass below replays the first failure
  });
  const limit = options.timeLimitMs === undefined ? {} : { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false };
  await fc.check(counting, options.path === undefined ? { numRuns: options.runs, seed: options.seed, ...limit } : { numRuns: 1, seed: options.seed, path: options.path });
  if (firstFailure !== null) report.failure = await shrinkFailure(target, options, firstFailure);
  report.others = [...kinds.values()].slice(1);
  return report;
}

/** Replays case `index` of the seed's sequence, shrinks it while it still fails, and describes it. */
async function shrinkFailure(target: FuzzTarget, options: FuzzOptions, index: number): Promise<FuzzFailure> {
  let attempt = 0;
  let last: Outcome | null = null;
  const failing = fc.asyncProperty(target.arbitrary, async (input) => {
    options.onCase?.('shrink', attempt++);
    const outcome = await runCase(target, input, options.budgetMs);
    if (outcome.kind === null) return true;
    last = outcome;
    throw outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
  });
  const details = await fc.check(failing, {
    numRuns: options.runs, seed: options.seed, path: options.path ?? String(index),
    interruptAfterTimeLimit: options.shrinkMs ?? 60_000, markInterruptAsFailure: false,
  });
  const outcome = last as Outcome | null;
  if (!details.failed || outcome === null) {
    // A hang that did not recur (a busy machine), or an error that escaped asynchronously earlier.
    return { kind: 'hang', error: 'did not fail again when replayed (timing-dependent)', counterexample: '(not reproduced)', path: options.path ?? String(index), shrinks: 0 };
  }
  return {
    kind: outcome.kind!,
    error: outcome.kind === 'hang' ? `took ${Math.round(outcome.ms)} ms (budget ${options.budgetMs} ms + 1 ms per ${INPUT_CHARS_PER_MS} input chars)` : describeError(outcome.error),
    counterexample: cut(fc.stringify(details.counterexample?.[0])),
    path: details.counterexamplePath ?? String(index),
    shrinks: details.numShrinks,
  };
}

/** Errors thrown asynchronously outside a case's promise chain (an event-emitter callback, say), caught per case. */
const escaped: unknown[] = [];
let listening = 0;
const onEscaped = (error: unknown): void => {
  escaped.push(error);
};

/** Characters (or bytes) in an input: its strings and byte arrays, one level into records. */
export function inputSize(input: unknown, depth = 0): number {
  if (typeof input === 'string') return input.length;
  if (input instanceof Uint8Array) return input.length;
  if (depth < 2 && typeof input === 'object' && input !== null) return Object.values(input).reduce((n: number, v) => n + inputSize(v, depth + 1), 0);
  return 0;
}

async function runCase(target: FuzzTarget, input: unknown, baseBudgetMs: number): Promise<Outcome> {
  const budgetMs = baseBudgetMs + inputSize(input) / INPUT_CHARS_PER_MS;
  if (listening++ === 0) {
    process.on('uncaughtException', onEscaped);
    process.on('unhandledRejection', onEscaped);
  }
  escaped.length = 0;
  const t0 = performance.now();
  let error: unknown = null;
  let threw = false;
  try {
    await target.check(input);
  } catch (e) {
    threw = true;
    error = e;
  }
  const ms = performance.now() - t0;
  await new Promise((resolve) => setImmediate(resolve)); // let a stray callback of this case throw now
  if (--listening === 0) {
    process.off('uncaughtException', onEscaped);
    process.off('unhandledRejection', onEscaped);
  }
  if (!threw && escaped.length > 0) {
    threw = true;
    error = escaped[0];
  }
  if (threw) return { kind: error instanceof InvariantError ? 'broken' : 'crash', error, ms };
  if (ms <= budgetMs) return { kind: null, error: null, ms };
  return { kind: 'hang', error: new Error(`took ${Math.round(ms)} ms, over the ${budgetMs} ms budget`), ms };
}

const MAX_KINDS = 8;

function firstLine(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `thrown non-Error: ${cut(String(error))}`;
  const stack = (error.stack ?? '').split('\n').slice(1, 9).map((l) => l.trim()).join('\n    ');
  return `${error.name}: ${cut(error.message)}${stack ? `\n    ${stack}` : ''}`;
}

function cut(text: string): string {
  return text.length > MAX_COUNTEREXAMPLE_CHARS ? `${text.slice(0, MAX_COUNTEREXAMPLE_CHARS)}… (${text.length} chars)` : text;
}
