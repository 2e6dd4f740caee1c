import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bin/parley.js, found from dist/queue/testing/. */
export const parleyBin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'parley.js');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  finished: Promise<Finished>;
}

/** Starts `node bin/parley.js …` as a real process, collecting its output. */
export function spawnParley(args: readonly string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, [parleyBin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, finished };
}

/** Runs a parley command to the end and fails loudly (with its stderr) if it does not exit 0. */
export async function runParley(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const done = await spawnParley(args, env).finished;
  if (done.code !== 0) throw new Error(`parley ${args.join(' ')} exited ${done.code ?? done.signal}:\n${done.stderr.slice(-3000)}`);
  return done;
}
