import { normaliseName } from './names.js';
import type { ExportArticle } from '../model/export.js';
import type { QuoteKind } from '../model/quote.js';
import type { GoldFile } from './gold.js';
import { articlesOfGoldFile } from './score-front.js';

/** The quote fields scoring reads (the export shape plus the speaker extras). */
export interface ScoredQuote {
  article: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerText?: string | null;
  speakerName?: string | null;
  speakerDescription?: string | null;
}

/** The actor fields scoring reads. */
export interface ScoredActor {
  id: string;
  name: string;
  aliases: string[];
}

export interface Prf {
  hit: number;
  system: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScores {
  /** Quote found: paired with a gold quote of the same kind. */
  detection: Prf;
  /** Found and the speaker right: the headline figure. */
  endToEnd: Prf;
}

export interface QuoteScores {
  direct: KindScores;
  indirect: KindScores;
  /** One line per gold quote missed or credited to the wrong speaker, and per spurious quote. */
  misses: string[];
}

/**
 * How speaker names are read. `actors` (the SPEC rule): the linked actor's name and aliases.
 * `text`: when no actor is linked, the name the text gives (`speakerName`, `speakerText`), so the
 * quote stage can be measured before the actor model exists.
 */
export type SpeakerNames = 'actors' | 'text';

/** The minimum token overlap-over-union for a pair (SPEC "Gold files"). */
const MIN_OVERLAP = 0.5;

interface GoldQuote {
  text: string;
  speaker: string;
  speakerKind: string;
  kind: QuoteKind;
}

/** Case, diacritics, curly apostrophes, spacing and surrounding punctuation do not count in names and descriptions. */

/** Quote text as scored: outer quote marks, trailing punctuation and a leading "that" stripped, then word tokens. */
export function quoteTokens(text: string): string[] {
  let t = text.trim().replace(/^["“”'‘’«»„]+|["“”'‘’«»„]+$/gu, '');
  t = t.replace(/[\s.,;:!?…"“”'‘’]+$/u, '').replace(/^that\s+/iu, '');
  return (t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []);
}

/** Token overlap over union, counting repeated words. */
export function overlapOverUnion(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      count.set(w, n - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

const prf = (hit: number, system: number, gold: number): Prf => {
  const precision = system === 0 ? 0 : hit / system;
  const recall = gold === 0 ? 0 : hit / gold;
  return { hit, system, gold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

function goldQuotes(gold: GoldFile): GoldQuote[] {
  return gold.quotes.map((q) => ({
    text: q.text,
    speaker: String(q.speaker ?? ''),
    speakerKind: String(q.speakerKind ?? ''),
    kind: q.kind === 'indirect' ? 'indirect' : 'direct',
  }));
}

/** Every name of the gold speaker: the name and the aliases of the gold actor of that name in the file. */
function goldNames(gold: GoldFile, speaker: string): Set<string> {
  const actors = Array.isArray(gold.actors) ? (gold.actors as { name?: unknown; aliases?: unknown }[]) : [];
  const actor = actors.find((a) => typeof a.name === 'string' && normaliseName(a.name) === normaliseName(speaker));
  const aliases = Array.isArray(actor?.aliases) ? actor.aliases.filter((x): x is string => typeof x === 'string') : [];
  return new Set([speaker, ...aliases].map(normaliseName));
}

/** Anonymous speakers match on the description; named ones on any name of the actor (or, in `text` mode, of the text). */
function speakerRight(q: ScoredQuote, g: GoldQuote, gold: GoldFile, actors: ReadonlyMap<string, ScoredActor>, mode: SpeakerNames): boolean {
  if (g.speakerKind === 'anonymous') {
    const said = q.speakerDescription ?? q.speakerText ?? '';
    return normaliseName(said) === normaliseName(g.speaker);
  }
  const want = goldNames(gold, g.speaker);
  const actor = q.speaker ? actors.get(q.speaker) : undefined;
  const names = actor ? [actor.name, ...actor.aliases] : mode === 'text' ? [q.speakerName ?? '', q.speakerText ?? ''] : [];
  return names.some((n) => n !== '' && want.has(normaliseName(n)));
}

interface Pair {
  g: number;
  s: number;
  score: number;
  right: boolean;
}

/**
 * Scores quotes against gold files with the SPEC rule: per article page and kind, quotes are
 * paired one to one, best overlap first (a right speaker breaks ties); a pair counts at an
 * overlap-over-union of at least 0.5; end to end also needs the speaker right.
 */
export function scoreQuotes(articles: readonly ExportArticle[], quotes: readonly ScoredQuote[], actors: readonly ScoredActor[], goldFiles: readonly GoldFile[], mode: SpeakerNames = 'actors'): QuoteScores {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const tally = { direct: { hit: 0, right: 0, system: 0, gold: 0 }, indirect: { hit: 0, right: 0, system: 0, gold: 0 } };
  const misses: string[] = [];
  for (const gold of goldFiles) {
    const ids = new Set(articlesOfGoldFile([...articles], gold).map((a) => a.id));
    for (const kind of ['direct', 'indirect'] as const) {
      const gq = goldQuotes(gold).filter((q) => q.kind === kind);
      const sq = quotes.filter((q) => ids.has(q.article) && q.kind === kind);
      const gt = gq.map((q) => quoteTokens(q.text));
      const st = sq.map((q) => quoteTokens(q.text));
      const pairs: Pair[] = [];
      gq.forEach((g, gi) => sq.forEach((s, si) => {
        const score = overlapOverUnion(gt[gi] ?? [], st[si] ?? []);
        if (score >= MIN_OVERLAP) pairs.push({ g: gi, s: si, score, right: speakerRight(s, g, gold, byId, mode) });
      }));
      pairs.sort((x, y) => y.score - x.score || Number(y.right) - Number(x.right));
      const usedG = new Map<number, Pair>();
      const usedS = new Set<number>();
      for (const p of pairs) {
        if (usedG.has(p.g) || usedS.has(p.s)) continue;
        usedG.set(p.g, p);
        usedS.add(p.s);
      }
      const t = tally[kind];
      t.gold += gq.length;
      t.system += sq.length;
      t.hit += usedG.size;
      t.right += [...usedG.values()].filter((p) => p.right).length;
      gq.forEach((g, gi) => {
        const p = usedG.get(gi);
        if (!p) misses.push(`${gold.file} ${kind} missed: "${g.text.slice(0, 70)}" (${g.speaker})`);
        else if (!p.right) {
          const s = sq[p.s];
          misses.push(`${gold.file} ${kind} wrong speaker: "${g.text.slice(0, 50)}" gold ${g.speaker}, got ${s?.speakerName ?? s?.speakerDescription ?? s?.speakerText ?? 'none'}`);
        }
      });
      sq.forEach((s, si) => {
        if (!usedS.has(si)) misses.push(`${gold.file} ${kind} spurious: "${s.text.slice(0, 70)}" (${s.speakerText ?? 'none'})`);
      });
    }
  }
  const scores = (k: 'direct' | 'indirect'): KindScores => ({
    detection: prf(tally[k].hit, tally[k].system, tally[k].gold),
    endToEnd: prf(tally[k].right, tally[k].system, tally[k].gold),
  });
  return { direct: scores('direct'), indirect: scores('indirect'), misses };
}
