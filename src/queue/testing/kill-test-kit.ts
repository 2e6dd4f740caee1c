import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticleFolder } from './article-folder.js';
import { expectedStore, type ExpectedStore } from './expected-store.js';
import type { KillRoundsResult } from './run-kill-rounds.js';

/** A temp folder of test inputs and what a complete ingest of it must store. */
export async function killTestInputs(stories: number): Promise<{ work: string; folder: string; expected: ExpectedStore; cleanUp: () => Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'parley-kill-test-'));
  const folder = join(work, 'inputs');
  await writeArticleFolder(folder, { stories, feedItems: 2, seed: 3 });
  return { work, folder, expected: await expectedStore([folder]), cleanUp: () => rm(work, { recursive: true, force: true }) };
}

/** What every kill test asserts: kills landed mid-ingest, and afterwards nothing lost, doubled or half-written. */
export function assertSurvivedKills(r: KillRoundsResult, rounds: number): void {
  const story = JSON.stringify({ ...r, records: r.records.map((x) => `${x.afterEvents}ev+${x.delayMs}ms ${x.exit} ${x.articles ?? x.openError}`) }, null, 1);
  assert.equal(r.rounds, rounds, story);
  // Odd rounds kill just after a progress line, so most kills must find the process running.
  assert.ok(r.killedWhileRunning >= Math.floor(rounds / 2), `only ${r.killedWhileRunning} of ${rounds} kills found the process running:\n${story}`);
  assert.ok(r.roundsThatStored >= 1, `no killed run had stored anything: the kills never interrupted an ingest\n${story}`);
  assert.deepEqual(r.failures, [], story);
  assert.deepEqual(
    { lost: r.lost, halfWritten: r.halfWritten, orphans: r.orphans, duplicates: r.duplicates, unexpected: r.unexpected, failedJobs: r.failedJobs },
    { lost: 0, halfWritten: 0, orphans: 0, duplicates: 0, unexpected: 0, failedJobs: 0 },
    story,
  );
}
