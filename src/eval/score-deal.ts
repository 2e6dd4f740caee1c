import { foldCase } from '../text/fold-case.js';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ExportArticle } from '../model/export.js';
import type { GoldFile } from './gold.js';

/** The deal parts of a gold file (gold/minerals-deal/README.md §6–7). */
export const GoldDeal = z.object({
  file: z.string(),
  issues: z.array(z.string()).default([]),
  positions: z.array(z.object({ party: z.string(), issue: z.string(), stance: z.string(), evidence: z.string() })).default([]),
  drafts: z.array(z.object({ label: z.string(), author: z.string().nullable(), reception: z.string(), evidence: z.string() })).default([]),
  outlook: z.object({ score: z.number(), evidence: z.array(z.string()) }).nullable().default(null),
});
export type GoldDeal = z.infer<typeof GoldDeal>;

type ScoredArticle = Pick<ExportArticle, 'id' | 'source' | 'segment' | 'text'>;

/** What the scorer reads of an export: articles, actors, and the deal arrays of the export contract. */
export interface DealExport {
  articles: readonly ScoredArticle[];
  actors: readonly { id: string; name: string; aliases: readonly string[]; affiliation: string | null }[];
  issues: readonly { id: string; name: string; aliases: readonly string[]; articles?: readonly string[] }[];
  positions: readonly { party: string; issue: string; stance: string; article: string }[];
  drafts: readonly { id: string; label: string; author: string | null; reception: string; articles: readonly string[]; mentions?: readonly { span?: { article: string; start: number; end: number }; evidence: { article: string; start: number; end: number } }[] }[];
  outlook: readonly { article: string; score: number }[];
}

export interface FileDealScores {
  file: string;
  issues: { found: number; total: number; missed: string[] };
  positions: { tp: number; system: number; gold: number; f1: number; missed: string[]; extra: string[] };
  outlook: { gold: number | null; system: number | null; signRight: boolean | null };
}

export interface DraftMatch {
  label: string;
  goldReception: string;
  /** Our draft's order and reception, or null when none matched. */
  order: number | null;
  reception: string | null;
}

export interface DealScores {
  files: FileDealScores[];
  /** Distinct gold issue names found by any of our issues. */
  issueRecall: { found: number; total: number; missed: string[] };
  /** Per-file gold issues found by an issue our model names in that file's articles. */
  issueRecallPerFile: { found: number; total: number };
  positions: { tp: number; system: number; gold: number; microF1: number; macroF1: number };
  drafts: { matches: DraftMatch[]; found: number; total: number; receptionRight: number; inOrder: number; inOrderWithReception: number };
  outlook: { signRight: number; total: number };
}

// Words that carry no topic in an issue name.
const STOP = new Set(['of', 'for', 'in', 'the', 'and', 'as', 'to', 'a', 'an', 'on', 'at', 'with', 'from', 's']);

const fold = foldCase;
const stem = (w: string): string => (w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const wordsOf = (s: string): string[] => fold(s).replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !STOP.has(w)).map(stem);

/** Two words match when their stems are equal or share a prefix of 7+ letters covering ¾ of the shorter ("territorial" ~ "territory", "compensate" ~ "compensation"; not "access" ~ "accession"). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n >= 7 && n >= 0.75 * Math.min(a.length, b.length);
}

/**
 * The key words of a gold issue name: content words, without the names of parties (any actor's
 * name or alias: "Ukraine", "US", "EU"), which say whose issue it is, not what it is about.
 */
export function keyWords(name: string, partyWords: ReadonlySet<string>): string[] {
  const words = wordsOf(name).filter((w) => !partyWords.has(w));
  return words.length > 0 ? words : wordsOf(name);
}

/**
 * How well one of our issues names a gold issue: the share of the gold key words that occur in
 * our issue's name or in one of its aliases (the best phrase). The issue is found at ≥ ½.
 */
export function issueOverlap(goldKeys: readonly string[], ours: { name: string; aliases: readonly string[] }): number {
  let best = 0;
  for (const phrase of [ours.name, ...ours.aliases]) {
    const mine = wordsOf(phrase);
    const hit = goldKeys.filter((k) => mine.some((w) => wordsMatch(k, w))).length;
    best = Math.max(best, goldKeys.length > 0 ? hit / goldKeys.length : 0);
  }
  return best;
}

const FOUND_AT = 0.5;

/** The articles that came from the page a gold file describes (gold files are named after their page). */
function articlesOf(articles: readonly ScoredArticle[], file: string): ScoredArticle[] {
  return articles.filter((a) => basename(a.source.replace(/#\d+$/u, '')) === file).sort((x, y) => x.segment - y.segment);
}
const f1 = (tp: number, sys: number, gold: number): number => (tp === 0 ? 0 : (2 * tp) / (sys + gold));

function partyWordsOf(exp: DealExport): Set<string> {
  const out = new Set<string>();
  for (const a of exp.actors) if (a.affiliation) for (const n of [a.name, ...a.aliases]) for (const w of wordsOf(n)) out.add(w);
  return out;
}

/**
 * Our issue id → the gold issue it stands for: the one its name names (≥ ½ of the key words),
 * else the one its most frequent alias names, and so on; the best-covered on a tie.
 */
function issueMap(exp: DealExport, goldNames: readonly string[], partyWords: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of exp.issues) {
    for (const phrase of [issue.name, ...issue.aliases]) {
      let best: { name: string; score: number } | null = null;
      for (const g of goldNames) {
        const score = issueOverlap(keyWords(g, partyWords), { name: phrase, aliases: [] });
        if (score >= FOUND_AT && (!best || score > best.score)) best = { name: g, score };
      }
      if (best) { out.set(issue.id, best.name); break; }
    }
  }
  return out;
}

/** Gold label → day, for ordering the gold sequence: "Feb 12", "Feb 10-16" (middle), "late February 2025", "April 2025" (mid-month). */
export function labelDay(label: string, year: number): string | null {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const m = /\b(early|mid|late)?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2}(?!\d))?(?:\s*[-–]\s*(\d{1,2}(?!\d)))?(?:,?\s*(\d{4}))?/iu.exec(label);
  if (!m) return null;
  const month = months.indexOf((m[2] ?? '').toLowerCase()) + 1;
  const y = m[5] ? Number(m[5]) : year;
  const from = m[3] ? Number(m[3]) : null;
  const to = m[4] ? Number(m[4]) : null;
  const day = from !== null ? (to !== null ? Math.round((from + to) / 2) : from) : m[1]?.toLowerCase() === 'late' ? 25 : m[1]?.toLowerCase() === 'early' ? 5 : 15;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Length of the longest run of matches whose system order rises with the gold order. */
function longestInOrder(orders: readonly number[]): number {
  const best: number[] = [];
  orders.forEach((o, i) => {
    best[i] = 1 + Math.max(0, ...orders.slice(0, i).map((p, j) => (p < o ? best[j] ?? 0 : 0)));
  });
  return Math.max(0, ...best);
}

function squash(s: string): string {
  return s.replace(/\s+/gu, ' ');
}

/** Where a gold evidence string sits in one of the file's articles. */
function locate(articles: readonly ScoredArticle[], evidence: string): { article: string; start: number; end: number } | null {
  for (const a of articles) {
    const at = a.text.indexOf(evidence);
    if (at >= 0) return { article: a.id, start: at, end: at + evidence.length };
  }
  const want = squash(evidence);
  for (const a of articles) {
    const at = squash(a.text).indexOf(want);
    if (at >= 0) return { article: a.id, start: at, end: at + want.length };
  }
  return null;
}

/**
 * Scores the deal model against gold files. Issues: a gold issue is found when one of our
 * issues' name or one alias holds at least half its key words (keyWords, wordsMatch); reported
 * over distinct gold names and per file. Positions: F1 on (party code, issue, stance) per file,
 * our issues read as the gold issue they name best. Drafts: gold drafts (one per label) matched
 * to ours by author and a mention in the sentence of the gold evidence; order compared with the
 * gold sequence by the day in its label. Outlook: sign of the mean of a file's article scores.
 */
export function scoreDeal(exp: DealExport, goldFiles: readonly GoldFile[]): DealScores {
  const golds = goldFiles.map((g) => GoldDeal.parse(g));
  const partyWords = partyWordsOf(exp);
  const goldNames = [...new Set(golds.flatMap((g) => [...g.issues, ...g.positions.map((p) => p.issue)]))];
  const mapped = issueMap(exp, goldNames, partyWords);
  const code = new Map(exp.actors.map((a) => [a.id, a.affiliation]));
  const files: FileDealScores[] = [];
  let tp = 0, sys = 0, gold = 0, perFileFound = 0, perFileTotal = 0, signRight = 0, signTotal = 0;
  for (const g of golds) {
    const mine = new Set(articlesOf(exp.articles, g.file).map((a) => a.id));
    const here = exp.issues.filter((i) => !i.articles || i.articles.some((a) => mine.has(a)));
    const missedIssues = g.issues.filter((name) => !here.some((i) => issueOverlap(keyWords(name, partyWords), i) >= FOUND_AT));
    perFileFound += g.issues.length - missedIssues.length;
    perFileTotal += g.issues.length;
    const key = (party: string | null | undefined, issue: string, stance: string): string => `${party ?? '?'}|${issue}|${stance}`;
    const goldSet = new Set(g.positions.map((p) => key(p.party, p.issue, p.stance)));
    const ourSet = new Set(exp.positions.filter((p) => mine.has(p.article)).map((p) => key(code.get(p.party) ?? p.party, mapped.get(p.issue) ?? `ours:${exp.issues.find((i) => i.id === p.issue)?.name ?? p.issue}`, p.stance)));
    const hits = [...ourSet].filter((k) => goldSet.has(k)).length;
    tp += hits; sys += ourSet.size; gold += goldSet.size;
    const scores = exp.outlook.filter((o) => mine.has(o.article)).map((o) => o.score);
    const system = scores.length > 0 ? scores.reduce((s, x) => s + x, 0) / scores.length : null;
    const goldScore = g.outlook?.score ?? null;
    const right = goldScore === null || system === null ? null : Math.sign(goldScore) === Math.sign(system);
    if (right !== null) { signTotal += 1; if (right) signRight += 1; }
    files.push({
      file: g.file,
      issues: { found: g.issues.length - missedIssues.length, total: g.issues.length, missed: missedIssues },
      positions: { tp: hits, system: ourSet.size, gold: goldSet.size, f1: f1(hits, ourSet.size, goldSet.size), missed: [...goldSet].filter((k) => !ourSet.has(k)), extra: [...ourSet].filter((k) => !goldSet.has(k)) },
      outlook: { gold: goldScore, system: system === null ? null : Math.round(system * 100) / 100, signRight: right },
    });
  }
  const missedNames = goldNames.filter((n) => !exp.issues.some((i) => issueOverlap(keyWords(n, partyWords), i) >= FOUND_AT));
  return {
    files,
    issueRecall: { found: goldNames.length - missedNames.length, total: goldNames.length, missed: missedNames },
    issueRecallPerFile: { found: perFileFound, total: perFileTotal },
    positions: { tp, system: sys, gold, microF1: f1(tp, sys, gold), macroF1: files.reduce((s, f) => s + f.positions.f1, 0) / Math.max(1, files.length) },
    drafts: scoreDrafts(exp, golds),
    outlook: { signRight, total: signTotal },
  };
}

function scoreDrafts(exp: DealExport, golds: readonly GoldDeal[]): DealScores['drafts'] {
  const code = new Map(exp.actors.map((a) => [a.id, a.affiliation]));
  const year = Number(/\b(\d{4})\b/u.exec(golds.flatMap((g) => g.drafts.map((d) => d.label)).join(' '))?.[1] ?? new Date().getUTCFullYear());
  const byLabel = new Map<string, { label: string; author: string | null; reception: string; day: string | null; places: { file: GoldDeal; evidence: string }[] }>();
  for (const g of golds) for (const d of g.drafts) {
    const entry = byLabel.get(d.label) ?? { label: d.label, author: d.author, reception: d.reception, day: labelDay(d.label, year), places: [] };
    entry.places.push({ file: g, evidence: d.evidence });
    byLabel.set(d.label, entry);
  }
  const sequence = [...byLabel.values()].sort((a, b) => (a.day ?? '9999').localeCompare(b.day ?? '9999'));
  const order = new Map(exp.drafts.map((d, i) => [d.id, i + 1]));
  const places = (gd: { places: { file: GoldDeal; evidence: string }[] }): { article: string; start: number; end: number }[] =>
    gd.places.map(({ file, evidence }) => locate(articlesOf(exp.articles, file.file), evidence)).filter((x) => x !== null);
  const overlaps = (a: { article: string; start: number; end: number }, b: { article: string; start: number; end: number }): boolean => a.article === b.article && a.start < b.end && b.start < a.end;
  const matches: DraftMatch[] = sequence.map((gd) => {
    const at = places(gd);
    const authored = exp.drafts.filter((d) => d.author && code.get(d.author) === gd.author);
    // The draft whose own words lie in the gold evidence (nearest its start), else one named in the evidence's sentence.
    const offset = (d: DealExport['drafts'][number]): number => Math.min(...(d.mentions ?? []).flatMap((m) => at.filter((g) => m.span && overlaps(m.span, g)).map((g) => Math.abs((m.span?.start ?? 0) - g.start))));
    const hit = authored.filter((d) => Number.isFinite(offset(d))).sort((a, b) => offset(a) - offset(b))[0]
      ?? authored.find((d) => (d.mentions ?? []).some((m) => at.some((g) => overlaps(m.evidence, g))));
    return { label: gd.label, goldReception: gd.reception, order: hit ? order.get(hit.id) ?? null : null, reception: hit?.reception ?? null };
  });
  const found = matches.filter((m) => m.order !== null);
  const withReception = found.filter((m) => m.reception === m.goldReception);
  return {
    matches, found: found.length, total: matches.length, receptionRight: withReception.length,
    inOrder: longestInOrder(found.map((m) => m.order as number)),
    inOrderWithReception: longestInOrder(withReception.map((m) => m.order as number)),
  };
}

/** The deal scores as `parley eval` prints them. */
export function formatDealScores(s: DealScores, verbose = false): string {
  const p = s.positions;
  const precision = p.system === 0 ? 0 : p.tp / p.system;
  const recall = p.gold === 0 ? 0 : p.tp / p.gold;
  const lines = [
    `issue recall (distinct gold issues)            ${s.issueRecall.found}/${s.issueRecall.total}; per file ${s.issueRecallPerFile.found}/${s.issueRecallPerFile.total}`,
    `positions (party, issue, stance)               P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${p.microF1.toFixed(3)} (macro ${p.macroF1.toFixed(3)})`,
    `drafts found                                   ${s.drafts.found}/${s.drafts.total}; reception right ${s.drafts.receptionRight}; in order with reception ${s.drafts.inOrderWithReception}`,
    `outlook sign right                             ${s.outlook.signRight}/${s.outlook.total} pages`,
  ];
  if (verbose) {
    for (const f of s.files) {
      if (f.issues.missed.length > 0) lines.push(`  ${f.file}: issues missed: ${f.issues.missed.join('; ')}`);
      if (f.positions.missed.length > 0) lines.push(`  ${f.file}: positions missed: ${f.positions.missed.join('; ')}`);
    }
  }
  return lines.join('\n');
}
