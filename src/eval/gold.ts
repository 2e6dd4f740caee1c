import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const GoldArticle = z.object({
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  startsWith: z.string(),
  published: z.string().nullable(),
  publishedBasis: z.enum(['given', 'printed', 'inferred', 'unknown']),
  publishedNote: z.string().optional(),
});
const WithEvidence = z.object({ evidence: z.string() }).passthrough();

/** One gold file: what a careful reader finds in one input page (gold/minerals-deal/README.md). */
export const GoldFile = z.object({
  file: z.string(),
  articles: z.array(GoldArticle),
  boilerplate: z.array(z.string()),
  quotes: z.array(z.object({ text: z.string() }).passthrough()).default([]),
  events: z.array(WithEvidence).default([]),
  positions: z.array(WithEvidence).default([]),
  drafts: z.array(WithEvidence).default([]),
  contradictions: z.array(WithEvidence).default([]),
  outlook: z.object({ score: z.number(), evidence: z.array(z.string()) }).passthrough().nullable().default(null),
}).passthrough();
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldArticle = z.infer<typeof GoldArticle>;

export class GoldError extends Error {
  readonly code = 'E_GOLD';
}

/** Loads every `*.json` gold file of a folder; a broken file is an error naming it. */
export function loadGold(dir: string): GoldFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new GoldError(`[E_GOLD] ${dir}: not a folder of gold files`);
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    if (err instanceof GoldError) throw err;
    throw new GoldError(`[E_GOLD] ${dir}: cannot read the gold folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (names.length === 0) throw new GoldError(`[E_GOLD] ${dir}: no *.json gold files found`);
  return names.map((name) => {
    const path = join(dir, name);
    const parsed = GoldFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new GoldError(`[E_GOLD] ${path}: not a gold file (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return parsed.data;
  });
}

/** The strings a cleaner must keep: quotes and every evidence string of the gold file. */
export function goldBodyStrings(gold: GoldFile): string[] {
  const out = gold.quotes.map((q) => q.text);
  for (const list of [gold.events, gold.positions, gold.drafts, gold.contradictions]) out.push(...list.map((x) => x.evidence));
  if (gold.outlook) out.push(...gold.outlook.evidence);
  return out;
}
