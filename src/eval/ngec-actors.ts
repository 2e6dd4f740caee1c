import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Mention } from '../model/language.js';
import type { ArticleDoc } from '../pipeline/article-doc.js';
import { language, plainArticle } from '../stages/06-language/index.js';
import { resolveActors } from '../stages/07-actors/index.js';
import { isCountryCode } from '../stages/07-actors/country-names.js';

/** Where the NGEC actor cases live beside the checkout (read at run time, never copied into the repo). */
export const NGEC_CASES = join('..', 'shared', 'gold', 'ngec-actors', 'ngec_actor_cases.jsonl');

const Expected = z.union([z.string(), z.object({ op: z.string(), value: z.string() })]);
const NgecCase = z.object({
  test: z.string(),
  method: z.string(),
  text: z.string(),
  context: z.string().optional(),
  expected: z.record(z.string(), z.unknown()),
});
type NgecCase = z.infer<typeof NgecCase>;

export interface NgecScore {
  /** Cases whose expected country our affiliation matches (no country expected: we give none). */
  correct: number;
  total: number;
  /** The same split by whether a country was expected. */
  withCountry: { correct: number; total: number };
  withoutCountry: { correct: number; total: number };
  misses: string[];
}

// NGEC writes intergovernmental affiliations as UNO, EUR and IGO.
const NGEC_BODY: Record<string, string> = { EU: 'EUR', UN: 'UNO' };
const toNgec = (code: string | null): string => (code === null ? '' : isCountryCode(code) ? code : NGEC_BODY[code] ?? 'IGO');

/**
 * Country accuracy on the NGEC actor descriptions ("US Senator Marco Rubio" → USA): each text
 * (after its context word, if any) runs through stages 06 and 07 alone; the answer is the
 * affiliation of the actor named last in it, else the country of its last title or source
 * ("Russia's ambassador to Poland" → RUS), else its last country word.
 */
export function scoreNgecActors(path: string): NgecScore {
  const cases = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => NgecCase.parse(JSON.parse(l)));
  const score: NgecScore = { correct: 0, total: 0, withCountry: { correct: 0, total: 0 }, withoutCountry: { correct: 0, total: 0 }, misses: [] };
  for (const c of cases) {
    const expected = Expected.safeParse(c.expected['country'] ?? c.expected['cc']);
    if (!expected.success) continue;
    const got = toNgec(predictCountry(c));
    const want = expected.data;
    const ok = typeof want === 'string' ? got === want : got !== want.value;
    const bucket = typeof want === 'string' && want === '' ? score.withoutCountry : score.withCountry;
    score.total += 1;
    bucket.total += 1;
    if (ok) {
      score.correct += 1;
      bucket.correct += 1;
    } else score.misses.push(`${c.test}: "${c.text}" → ${got || '(none)'}, expected ${typeof want === 'string' ? want || '(none)' : `not ${want.value}`}`);
  }
  return score;
}

function predictCountry(c: NgecCase): string | null {
  const prefix = c.context ? `${c.context} ` : '';
  const text = `${prefix}${c.text.trim()}`;
  const doc: ArticleDoc = language.run({ article: plainArticle(text, `ngec:${c.test}`) });
  const model = resolveActors([doc]);
  let best: { end: number; code: string | null } | null = null;
  for (const a of model.actors) {
    if (a.kind === 'country') continue;
    for (const m of a.mentions) if (!best || m.end > best.end) best = { end: m.end, code: a.affiliation };
  }
  if (best?.code) return best.code;
  const mentions = doc.mentions ?? [];
  const described = mentions.filter((m: Mention) => (m.kind === 'title' || m.kind === 'anonymous' || m.kind === 'organization') && (m.qualifiers ?? []).length > 0).at(-1);
  if (described) return described.qualifiers?.[0]?.code ?? null;
  return mentions.filter((m: Mention) => m.code).at(-1)?.code ?? null;
}

function main(): void {
  const path = process.argv[2] ?? NGEC_CASES;
  if (!existsSync(path)) {
    console.log(`NGEC actor cases not found at ${path}; skipped (they live in ../shared/gold/ngec-actors/).`);
    return;
  }
  const s = scoreNgecActors(path);
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`NGEC country accuracy: ${s.correct}/${s.total} = ${pct(s.correct, s.total)}`);
  console.log(`  country expected: ${s.withCountry.correct}/${s.withCountry.total} = ${pct(s.withCountry.correct, s.withCountry.total)}`);
  console.log(`  no country expected: ${s.withoutCountry.correct}/${s.withoutCountry.total} = ${pct(s.withoutCountry.correct, s.withoutCountry.total)}`);
  if (process.argv.includes('--misses')) console.log(s.misses.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
