import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { EventArgument, PloverType } from '../model/event.js';
import { PloverType as PloverTypeSchema } from '../model/event.js';
import { plainArticle } from '../stages/06-language/index.js';
import { analyseText } from '../stages/06-language/index.js';
import { findDates } from '../stages/05-dates/index.js';
import { extractEvents } from '../stages/09-events/index.js';
import type { Ratio } from './score-front.js';

/** The shared data folder beside the checkout (../shared), read at run time and never copied. */
export const SHARED_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
export const PETRARCH_GSR = join(SHARED_ROOT, 'gold', 'petrarch2-gsr', 'petr2_gsr_normalized.jsonl');
export const CAMEO_TO_PLOVER = join(SHARED_ROOT, 'reference', 'plover', 'CAMEO2PLOVER-2021.txt');

/** One PETRARCH-2 validation sentence with its expected CAMEO codings (ORIGIN.md of petrarch2-gsr). */
export const PetrarchRecord = z.object({
  id: z.string(),
  date: z.string(),
  category: z.string(),
  text: z.string(),
  events: z.array(z.object({ source: z.string(), target: z.string(), code: z.string() })),
  noevents: z.boolean().optional(),
});
export type PetrarchRecord = z.infer<typeof PetrarchRecord>;

/** What a coder says of one sentence: PLOVER type and the country codes of source and target. */
export interface CodedEvent {
  type: PloverType;
  source: string | null;
  target: string | null;
}

export interface PetrarchScores {
  sentences: number;
  /** Expected events whose CAMEO code maps to a PLOVER type, and how many the coder found with that type. */
  type: Ratio;
  /** Over type-matched pairs whose expected actor has a country (not "---" or an IGO): same ISO code. */
  sourceCountry: Ratio;
  targetCountry: Ratio;
  /** Expected events whose CAMEO code has no PLOVER type (statements, appeals). */
  unmapped: number;
  /** Sentences expected to yield no event that got no asserted event. */
  quietWhereNone: Ratio;
  /** Coded events that matched no expected event. */
  extra: number;
  misses: string[];
}

/** Reads the PETRARCH records, or null when the shared file is absent. */
export function loadPetrarch(path = PETRARCH_GSR): PetrarchRecord[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0).map((l) => PetrarchRecord.parse(JSON.parse(l)));
}

/** Reads the CAMEO→PLOVER table ("040: CONSULT, , # Consult"), or null when absent. */
export function loadCameoToPlover(path = CAMEO_TO_PLOVER): Map<string, PloverType> | null {
  if (!existsSync(path)) return null;
  const map = new Map<string, PloverType>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\b/u.exec(line);
    const type = PloverTypeSchema.safeParse(m?.[2]);
    if (m?.[1] && type.success && !map.has(m[1])) map.set(m[1], type.data);
  }
  return map;
}

/** The PLOVER type of a CAMEO code: the code itself, else its shorter parents ("1124" → "112" → "11"). */
export function ploverOfCameo(map: ReadonlyMap<string, PloverType>, code: string): PloverType | null {
  for (let n = code.length; n >= 2; n -= 1) {
    const t = map.get(code.slice(0, n));
    if (t) return t;
  }
  return null;
}

const country = (arg: EventArgument | null): string | null => (arg?.code && /^[A-Z]{3}$/u.test(arg.code) ? arg.code : null);

/**
 * Codes one sentence with stages 05, 06 and 09; actors are reduced to the country their words
 * carry ("US leader" → USA), since no actor model covers this newswire. All modalities count,
 * with the type of the act itself: the CAMEO codings code "prepared to attend" as a visit (042).
 */
export function codeSentence(text: string, storyDate: string | null): CodedEvent[] {
  const article = { ...plainArticle(text, 'petrarch'), published: storyDate };
  const { layer } = analyseText(text);
  return extractEvents({ article, ...layer, dates: findDates(text, storyDate) }, 'eval')
    .map((e) => ({ type: e.type, source: country(e.source), target: country(e.target) }));
}

const realCountry = (code: string): string | null => (/^[A-Z]{3}/u.test(code) && !code.startsWith('IGO') ? code.slice(0, 3) : null);
const isoDay = (yyyymmdd: string): string | null => (/^\d{8}$/u.test(yyyymmdd) ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` : null);

/**
 * Event-type accuracy (through CAMEO→PLOVER) and source/target country accuracy on the
 * PETRARCH-2 validation sentences: expected and coded events are paired one to one per
 * sentence, best first (type, then source and target country).
 */
export function scorePetrarch(records: readonly PetrarchRecord[], cameo: ReadonlyMap<string, PloverType>, coder: (text: string, date: string | null) => CodedEvent[] = codeSentence): PetrarchScores {
  const s: PetrarchScores = { sentences: records.length, type: { hit: 0, total: 0 }, sourceCountry: { hit: 0, total: 0 }, targetCountry: { hit: 0, total: 0 }, unmapped: 0, quietWhereNone: { hit: 0, total: 0 }, extra: 0, misses: [] };
  for (const r of records) {
    const coded = r.text.trim().length > 0 ? coder(r.text, isoDay(r.date)) : [];
    if (r.events.length === 0) {
      s.quietWhereNone.total += 1;
      if (coded.length === 0) s.quietWhereNone.hit += 1;
      else s.misses.push(`${r.id}: expected none, coded ${coded.map((c) => c.type).join(',')}`);
      continue;
    }
    const used = new Set<number>();
    for (const e of r.events) {
      const type = ploverOfCameo(cameo, e.code);
      if (!type) {
        s.unmapped += 1;
        continue;
      }
      s.type.total += 1;
      const src = realCountry(e.source);
      const tgt = realCountry(e.target);
      let best = -1;
      let bestScore = -1;
      coded.forEach((c, i) => {
        if (used.has(i) || c.type !== type) return;
        const score = (src !== null && c.source === src ? 2 : 0) + (tgt !== null && c.target === tgt ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      const c = coded[best];
      if (!c) {
        s.misses.push(`${r.id}: missed ${e.source} ${type} (${e.code}) ${e.target}; coded ${coded.map((x) => `${x.source ?? '?'} ${x.type} ${x.target ?? '?'}`).join(', ') || 'nothing'}`);
        continue;
      }
      used.add(best);
      s.type.hit += 1;
      if (src !== null) {
        s.sourceCountry.total += 1;
        if (c.source === src) s.sourceCountry.hit += 1;
      }
      if (tgt !== null) {
        s.targetCountry.total += 1;
        if (c.target === tgt) s.targetCountry.hit += 1;
      }
    }
    s.extra += coded.length - used.size;
  }
  return s;
}
