import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { findQuotes } from '../stages/08-quotes/find-quotes.js';
import type { QuoteCandidate } from '../stages/08-quotes/quote-candidate.js';
import { SPEECH_CUES } from '../stages/08-quotes/rules/speech-cues.js';
import { overlapOverUnion, quoteTokens, type Prf } from './score-quotes.js';

/** Where the PolNeAR dev part sits when the shared folder is beside the repository (read at run time, never copied). */
export const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/gold/polnear/polnear_dev.jsonl', import.meta.url));

const PieceSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const AttributionSchema = z.object({
  source: z.array(PieceSchema),
  cue: z.array(PieceSchema),
  content: z.array(PieceSchema),
  has_source: z.boolean(),
  content_quote_marks: z.string(),
});
const RowSchema = z.object({
  doc_id: z.string(),
  publication_date: z.string().nullable().optional(),
  primary: z.boolean(),
  text: z.string(),
  attributions: z.array(AttributionSchema),
});
export type PolnearDoc = z.infer<typeof RowSchema>;
export type PolnearAttribution = z.infer<typeof AttributionSchema>;

interface Piece {
  start: number;
  end: number;
}

/** One attribution as the quote stage sees it, in PolNeAR's terms. */
export interface SystemAttribution {
  source: Piece | null;
  cue: Piece | null;
  content: Piece[];
  rule: string;
}

export interface SpanScores {
  /** Same words (quote marks, a leading "that" and trailing punctuation aside). */
  exact: Prf;
  /** Token overlap-over-union of at least 0.5. */
  overlap: Prf;
}

export interface ErrorClass {
  name: string;
  count: number;
  examples: string[];
}

export interface PolnearScores {
  documents: number;
  content: SpanScores;
  source: SpanScores;
  cue: SpanScores;
  /** The biggest error classes first. */
  errors: ErrorClass[];
}

/** The primary annotation of every dev article, or null (with the reason) when the file is absent. */
export function loadPolnearDev(path: string = POLNEAR_DEV): { docs: PolnearDoc[] } | { missing: string } {
  if (!existsSync(path)) return { missing: `[E_POLNEAR] ${path} not found: PolNeAR is read from the shared folder at run time` };
  const docs: PolnearDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = RowSchema.safeParse(JSON.parse(line));
    if (row.success && row.data.primary) docs.push(row.data);
  }
  return { docs };
}

/**
 * Groups the stage's quotes into attributions: the pieces of one attribution share it; quoted
 * words inside a reported clause of the same attribution are part of that clause.
 */
export function systemAttributions(text: string, published: string | null): SystemAttribution[] {
  const groups = new Map<number, QuoteCandidate[]>();
  for (const q of findQuotes(text, { published })) groups.set(q.attribution.index, [...(groups.get(q.attribution.index) ?? []), q]);
  return [...groups.values()].map((qs) => {
    const a = qs[0]?.attribution;
    const clauses = qs.filter((q) => q.kind === 'indirect');
    const pieces = qs.filter((q) => q.kind === 'indirect' || !clauses.some((c) => c.start <= q.start && q.end <= c.end));
    return {
      source: a ? { start: a.speaker.phraseStart, end: a.speaker.phraseEnd } : null,
      cue: a ? { start: a.cueStart, end: a.cueEnd } : null,
      content: pieces.map((q) => ({ start: q.start, end: q.end })).sort((x, y) => x.start - y.start),
      rule: qs[0]?.rule ?? '',
    };
  });
}

const wordsOf = (text: string, pieces: readonly Piece[]): string[] => pieces.flatMap((p) => quoteTokens(text.slice(p.start, p.end)));
const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

const prf = (hit: number, system: number, gold: number): Prf => {
  const precision = system === 0 ? 0 : hit / system;
  const recall = gold === 0 ? 0 : hit / gold;
  return { hit, system, gold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/** Verbs of belief, intention and perception: PolNeAR attributes them, the quote stage does not (they are not speech). */
const NOT_SPEECH = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'see', 'sees', 'saw', 'seems', 'seem', 'appears', 'find', 'found', 'finds', 'show', 'shows', 'showed', 'learned', 'plans', 'plan', 'intends', 'support', 'supports', 'refuses', 'refused', 'declined', 'estimates', 'understand', 'doubt', 'doubts', 'consider', 'considers', 'suspect', 'suspects', 'recognize', 'recognizes', 'wonder', 'agree', 'agreed', 'oppose', 'opposes']);
const OUR_CUES = new Set(SPEECH_CUES.flatMap((r) => r.forms.map((f) => f.split(' ')[0] ?? '')).concat(['according', 'citing']));

/** Why a gold attribution was missed, by its cue and shape. */
function missClass(a: PolnearAttribution): string {
  const cue = a.cue.map((c) => c.text.toLowerCase()).join(' ').trim();
  const words = cue.split(/\s+/u);
  const head = words.find((w) => /\p{L}/u.test(w)) ?? '';
  if (!a.has_source) return 'missed: no source in the text';
  if (cue === '' || !/\p{L}/u.test(cue)) return 'missed: punctuation cue (":" or a dash)';
  if (words.some((w) => NOT_SPEECH.has(w))) return 'missed: belief, intention or perception (not speech)';
  if (!words.some((w) => OUR_CUES.has(w))) return `missed: cue not in the lexicon`;
  return `missed: speech cue, ${a.content_quote_marks === 'full' ? 'direct quote' : a.content_quote_marks === 'partial' ? 'mixed quote' : 'indirect'}`;
}

function tally(classes: Map<string, ErrorClass>, name: string, example: string): void {
  const c = classes.get(name) ?? { name, count: 0, examples: [] };
  c.count += 1;
  if (c.examples.length < 2) c.examples.push(example.replace(/\s+/gu, ' ').slice(0, 140));
  classes.set(name, c);
}

/**
 * Scores the quote stage on PolNeAR: attributions paired one to one by content overlap (best
 * first, at least 0.5); then content, source and cue spans compared exactly and by overlap.
 */
export function scorePolnear(docs: readonly PolnearDoc[]): PolnearScores {
  const n = { sys: 0, gold: 0, contentExact: 0, contentOverlap: 0, sysSource: 0, goldSource: 0, sourceExact: 0, sourceOverlap: 0, sysCue: 0, goldCue: 0, cueExact: 0, cueOverlap: 0 };
  const classes = new Map<string, ErrorClass>();
  for (const doc of docs) {
    const text = doc.text;
    const system = systemAttributions(text, doc.publication_date ?? null);
    const gold = doc.attributions;
    const sw = system.map((s) => wordsOf(text, s.content));
    const gw = gold.map((g) => wordsOf(text, g.content));
    const pairs: { g: number; s: number; score: number }[] = [];
    gw.forEach((g, gi) => sw.forEach((s, si) => {
      const score = overlapOverUnion(g, s);
      if (score >= 0.5) pairs.push({ g: gi, s: si, score });
    }));
    pairs.sort((x, y) => y.score - x.score);
    const byGold = new Map<number, number>();
    const usedS = new Set<number>();
    for (const p of pairs) {
      if (byGold.has(p.g) || usedS.has(p.s)) continue;
      byGold.set(p.g, p.s);
      usedS.add(p.s);
    }
    n.sys += system.length;
    n.gold += gold.length;
    n.sysSource += system.filter((s) => s.source).length;
    n.sysCue += system.filter((s) => s.cue).length;
    gold.forEach((g, gi) => {
      if (g.source.length > 0) n.goldSource += 1;
      if (g.cue.length > 0) n.goldCue += 1;
      const si = byGold.get(gi);
      const content = g.content.map((c) => c.text).join(' … ');
      if (si === undefined) {
        tally(classes, missClass(g), `${g.cue.map((c) => c.text).join(' ')} | ${content}`);
        return;
      }
      const s = system[si];
      if (!s) return;
      n.contentOverlap += 1;
      if (sameWords(gw[gi] ?? [], sw[si] ?? [])) n.contentExact += 1;
      else tally(classes, (sw[si]?.length ?? 0) > (gw[gi]?.length ?? 0) ? 'content boundary: system clause longer' : 'content boundary: system clause shorter', `${s.rule} | gold: ${content} | system: ${s.content.map((p) => text.slice(p.start, p.end)).join(' … ')}`);
      if (g.source.length > 0 && s.source) {
        const want = wordsOf(text, g.source);
        const got = wordsOf(text, [s.source]);
        if (sameWords(want, got)) n.sourceExact += 1;
        if (overlapOverUnion(want, got) >= 0.5) n.sourceOverlap += 1;
        else tally(classes, 'source: different words', `gold "${g.source.map((x) => x.text).join(' ')}" system "${text.slice(s.source.start, s.source.end)}"`);
      }
      if (g.cue.length > 0 && s.cue) {
        const want = g.cue.flatMap((c) => c.text.toLowerCase().match(/[\p{L}]+/gu) ?? []);
        const got = text.slice(s.cue.start, s.cue.end).toLowerCase().match(/[\p{L}]+/gu) ?? [];
        if (sameWords(want, got)) n.cueExact += 1;
        if (overlapOverUnion(want, got) >= 0.5) n.cueOverlap += 1;
      }
    });
    system.forEach((s, si) => {
      if (!usedS.has(si)) tally(classes, `spurious: ${s.rule}`, s.content.map((p) => text.slice(p.start, p.end)).join(' … '));
    });
  }
  return {
    documents: docs.length,
    content: { exact: prf(n.contentExact, n.sys, n.gold), overlap: prf(n.contentOverlap, n.sys, n.gold) },
    source: { exact: prf(n.sourceExact, n.sysSource, n.goldSource), overlap: prf(n.sourceOverlap, n.sysSource, n.goldSource) },
    cue: { exact: prf(n.cueExact, n.sysCue, n.goldCue), overlap: prf(n.cueOverlap, n.sysCue, n.goldCue) },
    errors: [...classes.values()].sort((a, b) => b.count - a.count),
  };
}

const pct = (x: number): string => x.toFixed(3);
const line = (name: string, s: SpanScores): string =>
  `${name.padEnd(8)} exact P ${pct(s.exact.precision)} R ${pct(s.exact.recall)} F1 ${pct(s.exact.f1)} | overlap P ${pct(s.overlap.precision)} R ${pct(s.overlap.recall)} F1 ${pct(s.overlap.f1)}`;

/** A plain-text report: the three span scores and the biggest error classes with examples. */
export function formatPolnear(s: PolnearScores, classes = 12): string {
  const out = [`PolNeAR dev: ${s.documents} articles`, line('content', s.content), line('source', s.source), line('cue', s.cue), '', 'Biggest error classes:'];
  for (const e of s.errors.slice(0, classes)) out.push(`${String(e.count).padStart(5)}  ${e.name}`, ...e.examples.map((x) => `         e.g. ${x}`));
  return out.join('\n');
}

// `node dist/eval/polnear.js [path]` prints the report.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loaded = loadPolnearDev(process.argv[2]);
  console.log('missing' in loaded ? loaded.missing : formatPolnear(scorePolnear(loaded.docs)));
}
