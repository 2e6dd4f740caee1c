import { createHash } from 'node:crypto';

/** Deterministic id: a short content hash with a prefix naming what it identifies. */
export function contentId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return `${prefix}_${h.digest('hex').slice(0, 16)}`;
}
