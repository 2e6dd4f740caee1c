import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPgliteDb } from './pglite-db.js';

const pgliteModule = fileURLToPath(new URL('./pglite-db.js', import.meta.url));

describe('one process at a time in a PGlite data folder', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-lock-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a second process waits, then is told which process holds the folder; it opens once that one closes', async () => {
    const data = join(dir, 'shared');
    // Another process opens the folder and holds it until told to close.
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `
      const { openPgliteDb } = await import(${JSON.stringify(pgliteModule)});
      const db = await openPgliteDb(${JSON.stringify(data)});
      process.stdout.write('open\\n');
      process.stdin.once('data', async () => { await db.close(); process.stdout.write('closed\\n'); });
    `], { stdio: ['pipe', 'pipe', 'inherit'] });
    const said = (word: string) => new Promise<void>((resolve) => {
      let out = '';
      holder.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.includes(word)) resolve(); });
    });
    try {
      await said('open');
      await assert.rejects(openPgliteDb(data, 500), (err: Error & { code?: string }) => {
        assert.equal(err.code, 'E_STORE_BUSY');
        assert.match(err.message, new RegExp(`open in another Parley process \\(pid ${holder.pid}\\)`));
        return true;
      });
      const closed = said('closed');
      holder.stdin.write('close\n');
      await closed;
      const db = await openPgliteDb(data, 5_000);
      assert.deepEqual(await db.query('SELECT 1 AS one'), [{ one: 1 }]);
      await db.close();
      assert.equal(existsSync(join(data, 'parley.lock')), false, 'closing lets the lock go');
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a lock left by a process that died (kill -9) is taken over at once', async () => {
    const data = join(dir, 'stale');
    const first = await openPgliteDb(data);
    await first.close();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(join(data, 'parley.lock'), gone.stdout);
    const t0 = performance.now();
    const db = await openPgliteDb(data, 10_000);
    assert.ok(performance.now() - t0 < 5_000, 'no waiting for a dead owner');
    assert.equal((await readFile(join(data, 'parley.lock'), 'utf8')).trim(), String(process.pid));
    await db.close();
  });

  it('opens within one process share the folder, and the lock goes with the last close', async () => {
    const data = join(dir, 'same');
    const a = await openPgliteDb(data);
    await a.close();
    const b = await openPgliteDb(data);
    assert.equal((await readFile(join(data, 'parley.lock'), 'utf8')).trim(), String(process.pid));
    await b.close();
    assert.equal(existsSync(join(data, 'parley.lock')), false);
  });
});
