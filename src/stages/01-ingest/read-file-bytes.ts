import { open, stat } from 'node:fs/promises';
import type { InputIssue } from '../../model/issue.js';
import { errorReason, formatBytes, ingestIssue } from './ingest-issue.js';

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; issue: InputIssue };

/**
 * A file's bytes, refusing files over `maxBytes` from their size alone (nothing is read), and
 * anything that is not a regular file (a FIFO or a device could block or never end).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<FileBytes> {
  const fail = (code: 'E_NOT_FOUND' | 'E_READ' | 'E_TOO_LARGE', reason: string): FileBytes => ({ ok: false, issue: ingestIssue(path, code, reason) });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('E_READ', 'not a regular file');
    if (info.size > maxBytes) return fail('E_TOO_LARGE', `${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit`);
    const handle = await open(path, 'r');
    try {
      const bytes = await handle.readFile();
      // The file may have grown since stat.
      if (bytes.length > maxBytes) return fail('E_TOO_LARGE', `${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit`);
      return { ok: true, bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fail('E_NOT_FOUND', 'no such file');
    return fail('E_READ', `cannot read: ${errorReason(error)}`);
  }
}
