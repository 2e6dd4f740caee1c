import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputIssue } from '../model/issue.js';
import { discoverInputs } from '../stages/01-ingest/discover-inputs.js';
import type { FileSignature } from './watch-state.js';

/** A file modified this recently may still be being written; it waits for the next poll. */
export const SETTLE_MS = 1000;

export interface FileScan {
  /** Paths (as discovered) that are new or changed and look complete: to be ingested. */
  changed: { path: string; key: string; signature: FileSignature }[];
  /** New or changed files still being written: looked at again next poll. */
  waiting: string[];
  /** Signatures of the files that did not change, by absolute path. */
  unchanged: Record<string, FileSignature>;
  /** Entries that could not be listed or followed. */
  issues: InputIssue[];
}

/**
 * Lists a folder (or one file) as ingest would, and sorts its files into unchanged (same
 * size and mtime as `previous` — not read at all), changed, and still being written.
 */
export async function scanFiles(root: string, previous: Readonly<Record<string, FileSignature>>, now: () => number = Date.now): Promise<FileScan> {
  const { tasks } = await discoverInputs([root]);
  const scan: FileScan = { changed: [], waiting: [], unchanged: {}, issues: [] };
  const files: string[] = [];
  for (const task of tasks) {
    if (task.kind === 'file') files.push(task.path);
    else if (task.kind === 'issue') scan.issues.push(task.issue);
  }
  const firstLook = await Promise.all(files.map((path) => signatureOf(path)));
  const candidates: { path: string; key: string; signature: FileSignature }[] = [];
  const t = now();
  files.forEach((path, i) => {
    const signature = firstLook[i];
    if (!signature) return; // gone since it was listed
    const key = resolve(path);
    const before = previous[key];
    if (before && sameSignature(before, signature)) scan.unchanged[key] = before;
    else if (t - signature.mtimeMs < SETTLE_MS) scan.waiting.push(path);
    else candidates.push({ path, key, signature });
  });
  // A second look at the few changed files: one still growing waits for the next poll.
  const secondLook = await Promise.all(candidates.map((c) => signatureOf(c.path)));
  candidates.forEach((candidate, i) => {
    const again = secondLook[i];
    if (again && sameSignature(again, candidate.signature)) scan.changed.push(candidate);
    else if (again) scan.waiting.push(candidate.path);
  });
  return scan;
}

async function signatureOf(path: string): Promise<FileSignature | null> {
  try {
    const info = await stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}

function sameSignature(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}
