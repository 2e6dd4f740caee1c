import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let fingerprint: string | null = null;

/**
 * A hash of Parley's own compiled code (every module under dist/ but the tests): what a cached
 * result depends on beyond its input, so a change of any rule or step is never served from a
 * cache built by the code before it. About 30 ms, once per process.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const dist = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js')).sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(dist, file)));
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}
