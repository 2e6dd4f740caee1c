import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TARGET_NAMES } from './all-targets.js';
import { formatReports } from './format-report.js';
import { runInWorker } from './run-in-worker.js';

/** Cases per target here; `npm run fuzz` runs thousands. A fixed seed keeps the test repeatable; PARLEY_FUZZ_SEED explores others. */
const RUNS = 150;
const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20250228);
/** Twice the runner's 2 s: the test shares two busy cores with the other suites, and a slow machine must not read as a hang. */
const BUDGET_MS = 4000;

/**
 * Open bugs in stages this suite may not change, found by these targets (see the fuzz report):
 * the test still runs them and prints the failure, as a TODO, until the stage is fixed.
 */
/** Targets with a known open bug, run as todo with the bug named; none at present. */
const KNOWN: Readonly<Record<string, string>> = {};

describe('fuzz: every parser and per-article stage survives arbitrary input', { concurrency: 2 }, () => {
  for (const name of TARGET_NAMES) {
    const todo = KNOWN[name];
    it(name, { timeout: 120_000, ...(todo === undefined ? {} : { todo }) }, async () => {
      const report = await runInWorker(name, { runs: RUNS, seed: SEED, budgetMs: BUDGET_MS, timeLimitMs: 12_000, shrinkMs: 5_000 });
      assert.ok(report.cases > 0, `${name} ran no cases`);
      assert.equal(report.failure, null, `\n${formatReports([report], 0)}`);
    });
  }
});
