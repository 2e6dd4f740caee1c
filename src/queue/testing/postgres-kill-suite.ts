import { describe, it, before, after } from 'node:test';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../store/testing/pg-cluster.js';
import { assertSurvivedKills, killTestInputs } from './kill-test-kit.js';
import { runKillRounds, type KillMode } from './run-kill-rounds.js';

/**
 * kill -9 at random moments, ten times over, then finish: the store must be whole. One file
 * per mode calls this, so node --test runs each in its own process.
 * More rounds, with counts for the reliability note: node dist/queue/kill-rounds.js --rounds 50
 */
export function describePostgresKillRounds(mode: Extract<KillMode, `${string}-postgres`>, command: string): void {
  describe(`kill -9 during \`${command}\` on PostgreSQL`, () => {
    let cluster: ThrowawayPostgres;
    let inputs: Awaited<ReturnType<typeof killTestInputs>>;
    before(async () => {
      [cluster, inputs] = await Promise.all([startThrowawayPostgres(), killTestInputs(3)]);
    });
    after(async () => {
      await cluster?.stop();
      await inputs?.cleanUp();
    });

    it('10 rounds: every article stored exactly once, no page half-written, the store answers', async () => {
      const seed = Number(process.env.PARLEY_KILL_SEED ?? Date.now() % 1_000_000);
      const result = await runKillRounds({
        mode, rounds: 10, roundsPerStore: 5, folder: inputs.folder, expected: inputs.expected,
        adminUrl: cluster.url, seed, batchSize: 3,
      });
      assertSurvivedKills(result, 10);
    });
  });
}
