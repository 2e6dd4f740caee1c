import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { builtInCorpus } from '../cli/paths.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';

const COMMAND = fileURLToPath(new URL('../cli/commands/serve-command.js', import.meta.url));

// Runs `parley serve` through its own register function, as main.ts will once it registers it.
const RUNNER = `
const { Command } = await import('commander');
const { registerServe } = await import(${JSON.stringify(COMMAND)});
const program = new Command('parley').exitOverride();
registerServe(program);
await program.parseAsync(process.argv.slice(1), { from: 'user' });
`;

async function ingest(dataDir: string, inputs: string[]): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    await ingestInputs(inputs, { store, batchSize: 200, ingest: {} });
  } finally {
    await store.close();
  }
}

/** Resolves with the first JSON document printed on a stream (printJson spreads it over lines). */
async function firstJson(stream: NodeJS.ReadableStream): Promise<unknown> {
  let buffer = '';
  for await (const chunk of stream) {
    buffer += String(chunk);
    const end = buffer.indexOf('\n}');
    if (end >= 0) return JSON.parse(buffer.slice(0, end + 2));
  }
  throw new Error(`stream ended before a JSON document: ${buffer}`);
}

describe('parley serve, as a process: real HTTP, reload on SIGHUP, clean stop', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  const stderr: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    await ingest(join(dir, 'data'), [builtInCorpus]);
    child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER, 'serve', '--port', '0', '--data-dir', join(dir, 'data'), '--json']);
    child.stderr.on('data', (b: Buffer) => stderr.push(String(b)));
    const started = (await firstJson(child.stdout)) as { ok: boolean; url: string; port: number; articles: number };
    assert.equal(started.ok, true);
    assert.equal(started.articles, 11);
    url = started.url;
  });
  after(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 by default and serves pages, twins and introspection', async () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const config = (await (await fetch(`${url}/-/config.json`)).json()) as { server: { host: string; port: number } };
    assert.equal(config.server.host, '127.0.0.1');
    assert.equal(`http://127.0.0.1:${config.server.port}`, url);
  });

  it('keeps the store closed while serving, so ingest can run; SIGHUP reloads', async () => {
    const late = join(dir, 'late.jsonl');
    writeFileSync(late, JSON.stringify({ title: 'Deal signed', outlet: 'Test Wire', published: '2025-05-01', text: 'Officials said on Thursday that the minerals deal was signed in Washington.' }));
    await ingest(join(dir, 'data'), [late]);
    const before = (await (await fetch(`${url}/index.json`)).json()) as { articles: { total: number } };
    assert.equal(before.articles.total, 11);
    child.kill('SIGHUP');
    for (let i = 0; i < 100 && !stderr.join('').includes('reloaded'); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(stderr.join(''), /reloaded: 12 articles/);
    const after = (await (await fetch(`${url}/index.json`)).json()) as { articles: { total: number } };
    assert.equal(after.articles.total, 12);
  });

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
  });
});

describe('parley serve refuses a bad port', () => {
  it('--port 70000 is an E_PORT error', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER, 'serve', '--port', '70000', '--data-dir', join(tmpdir(), 'parley-unused')]);
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += String(b)));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.notEqual(code, 0);
    assert.match(err, /E_PORT/);
  });
});
