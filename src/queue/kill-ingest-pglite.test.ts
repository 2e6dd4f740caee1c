import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSurvivedKills, killTestInputs } from './testing/kill-test-kit.js';
import { runKillRounds } from './testing/run-kill-rounds.js';
import { runParley, spawnParley } from './testing/spawn-parley.js';

// PGlite, the embedded default, under kill -9. What we found (see src/queue/README.md):
// kills mid-ingest lose nothing; a kill in the instant PGlite's postgres creates its
// postmaster.pid leaves that file empty, and the folder never opens again until it is removed.
describe('kill -9 during `parley ingest` on PGlite', () => {
  let inputs: Awaited<ReturnType<typeof killTestInputs>>;
  let work: string;
  before(async () => {
    inputs = await killTestInputs(1);
    work = await mkdtemp(join(tmpdir(), 'parley-pglite-pid-'));
  });
  after(async () => {
    await inputs?.cleanUp();
    await rm(work, { recursive: true, force: true });
  });

  it('4 rounds killed mid-ingest: every article stored exactly once, no page half-written, the store answers', async () => {
    const seed = Number(process.env.PARLEY_KILL_SEED ?? Date.now() % 1_000_000);
    const result = await runKillRounds({
      mode: 'ingest-pglite', rounds: 4, roundsPerStore: 4, folder: inputs.folder, expected: inputs.expected,
      seed, batchSize: 2, timing: 'mid-ingest',
    });
    assertSurvivedKills(result, 4);
  });

  it('a data folder with the empty postmaster.pid a kill during start-up leaves still opens', async () => {
    const dataDir = join(work, 'data');
    await runParley(['ingest', inputs.folder, '--data-dir', dataDir]);
    // Exactly what the kill leaves: the lock file created, nothing written to it yet.
    await writeFile(join(dataDir, 'postmaster.pid'), '');
    const listed = await spawnParley(['articles', '--json', '--data-dir', dataDir]).finished;
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal((JSON.parse(listed.stdout) as { articles: unknown[] }).articles.length, inputs.expected.articles.size);
  });
});
