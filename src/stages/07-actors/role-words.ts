import type { Mention } from '../../model/language.js';

const SMALL = new Set(['of', 'the', 'a', 'an', 'to', 'for', 'and', 's']);

/** The office words of a title: lower-case, without status, country words and small words. */
export function roleWords(title: Mention, text: string): string[] {
  const drop = new Set<string>(SMALL);
  for (const w of (title.status ?? '').toLowerCase().split(/\s+/)) if (w) drop.add(w);
  for (const q of title.qualifiers ?? []) for (const w of words(text.slice(q.start, q.end))) drop.add(w);
  return words(title.role ?? '').filter((w) => !drop.has(w));
}

/** Lower-case words of a phrase, punctuation dropped ("U.S." → "us"). */
export function words(phrase: string): string[] {
  return phrase.toLowerCase().replace(/[.’']/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
