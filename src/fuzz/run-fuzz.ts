// The fuzz runner: every target (or those named) in worker threads, a table, exit code 1 on any failure.
// Usage: node dist/fuzz/run-fuzz.js [--runs 2000] [--seed N] [--target a,b] [--budget-ms 2000] [--jobs 2] [--path P]
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { TARGET_NAMES } from './all-targets.js';
import { formatReports } from './format-report.js';
import { runInWorker } from './run-in-worker.js';
import type { TargetReport } from './run-target.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    target: { type: 'string', multiple: true },
    'budget-ms': { type: 'string', default: '2000' },
    jobs: { type: 'string' },
    path: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`node dist/fuzz/run-fuzz.js [--runs N] [--seed N] [--target NAME[,NAME]] [--budget-ms MS] [--jobs N] [--path P]\ntargets: ${TARGET_NAMES.join(', ')}`);
  process.exit(0);
}

const number = (text: string, flag: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${flag} takes a whole number, not ${text}`);
    process.exit(2);
  }
  return n;
};
const runs = number(values.runs, 'runs');
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed) | 0;
const budgetMs = number(values['budget-ms'], 'budget-ms');
const jobs = Math.max(1, values.jobs === undefined ? Math.min(2, availableParallelism()) : number(values.jobs, 'jobs'));
const targets = (values.target ?? []).flatMap((t) => t.split(',')).filter((t) => t !== '');
const unknown = targets.filter((t) => !TARGET_NAMES.includes(t));
if (unknown.length > 0) {
  console.error(`no fuzz target ${unknown.join(', ')}; the targets are ${TARGET_NAMES.join(', ')}`);
  process.exit(2);
}
const names = targets.length > 0 ? targets : TARGET_NAMES;
// --path replays one case (and its shrinks) of a failing run: fast-check starts from it.
const path = values.path;
if (path !== undefined) console.error('--path: replaying through fast-check; the counts cover the replayed cases only');

console.error(`fuzzing ${names.length} target(s), ${runs} cases each, seed ${seed}, budget ${budgetMs} ms per case, ${jobs} at a time`);
const t0 = performance.now();
const reports: TargetReport[] = new Array(names.length);
let next = 0;
await Promise.all(Array.from({ length: Math.min(jobs, names.length) }, async () => {
  while (next < names.length) {
    const i = next++;
    const report = await runInWorker(names[i]!, { runs, seed, budgetMs, ...(path === undefined ? {} : { path }) });
    console.error(`  ${report.target}: ${report.cases} cases, ${report.failure === null ? 'ok' : report.failure.kind} (slowest ${report.slowestMs.toFixed(0)} ms)`);
    reports[i] = report;
  }
}));
console.log(formatReports(reports, (performance.now() - t0) / 1000));
process.exitCode = reports.some((r) => r.failure !== null) ? 1 : 0;
