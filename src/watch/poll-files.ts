import { resolve } from 'node:path';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { scanFiles } from './scan-files.js';
import { addSummary, failedPoll, newPoll, RETRY_CODES, type Polled, type WatchContext } from './source-poll.js';
import type { FileSignature, SourceState } from './watch-state.js';

/**
 * Polls a folder (or a single file): only new and changed files go to ingestInputs; unchanged
 * ones are not read. A file whose ingest failed for a passing reason is tried again next poll.
 */
export async function pollFiles(source: string, kind: 'folder' | 'file', previous: SourceState | undefined, ctx: WatchContext): Promise<Polled> {
  const before = previous?.files ?? {};
  const scan = await scanFiles(source, before, ctx.now);
  const whole = scan.issues.find((issue) => issue.input === source);
  if (whole) return { poll: failedPoll(source, kind, whole.message), state: previous ?? {} };
  const poll = newPoll(source, kind);
  poll.issues.push(...scan.issues);
  poll.waiting = scan.waiting.length;
  const files: Record<string, FileSignature> = { ...scan.unchanged };
  for (const path of scan.waiting) {
    const old = before[resolve(path)];
    if (old) files[resolve(path)] = old; // still "changed" next poll
  }
  if (scan.changed.length > 0) {
    const summary = await ingestInputs(scan.changed.map((c) => c.path), { store: ctx.store, batchSize: ctx.batchSize, ingest: ctx.settings });
    addSummary(poll, summary);
    poll.newItems = scan.changed.length;
    poll.read = scan.changed.length;
    poll.status = 'new';
    const retry = new Set(summary.issues.filter((i) => RETRY_CODES.has(i.code)).flatMap((i) => [resolve(i.input), resolve(i.input.replace(/#\d+$/, ''))]));
    for (const changed of scan.changed) {
      if (retry.has(changed.key)) {
        const old = before[changed.key];
        if (old) files[changed.key] = old;
      } else {
        files[changed.key] = changed.signature;
      }
    }
  }
  return { poll, state: { files } };
}
