import { basename } from 'node:path';
import { z } from 'zod';
import type { GoldFile } from './gold.js';

/** The fields of an exported article the scorer reads. */
export interface SourceArticle {
  id: string;
  source: string;
  segment: number;
  text: string;
  derivedFrom: string | null;
}

/** The fields of a contradiction the scorer reads: its sides, located in their articles. */
export interface SourceContradiction {
  id: string;
  kind: string;
  sides: readonly { article: string; text: string; start: number; end: number }[];
}

/** A named check on one gold contradiction, picked by a phrase of its evidence. */
export interface SourceCheck {
  label: string;
  evidenceIncludes: string;
}

/** Checks reported beside the recall: the role error the SPEC names as a test of the cross-check. */
export const SOURCE_CHECKS: readonly SourceCheck[] = [
  { label: 'the "former U.S. President" contradiction reported', evidenceIncludes: 'former U.S. President' },
];

export interface SourceScores {
  /** Per gold file: our derivedFrom (as a file name) equals the gold's. */
  derivation: { right: number; total: number; rows: { file: string; gold: string | null; ours: string | null; ok: boolean }[] };
  /** Per gold contradiction: found when a side of one of ours overlaps its evidence in the same file. */
  contradictions: { found: number; total: number; rows: { file: string; claim: string; evidence: string; found: boolean; by: string[] }[] };
  checks: { label: string; ok: boolean; note: string }[];
}

const GoldSources = z.object({
  derivedFrom: z.string().nullable().default(null),
  contradictions: z.array(z.object({ claim: z.string().default(''), evidence: z.string() }).passthrough()).default([]),
}).passthrough();

/** The gold file name of an article: the basename of its source, without a `#segment` suffix. */
export function goldFileOf(article: Pick<SourceArticle, 'source'>): string {
  return basename(article.source.replace(/#\d+$/, ''));
}

/**
 * Scores stage 05 and 11 against gold files: derivation right per file (gold `derivedFrom` is a
 * file name; articles join gold files by the basename of `source`), recall of the gold
 * contradictions, and the named checks.
 */
export function scoreSources(articles: readonly SourceArticle[], contradictions: readonly SourceContradiction[], goldFiles: readonly GoldFile[], checks: readonly SourceCheck[] = SOURCE_CHECKS): SourceScores {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const s: SourceScores = { derivation: { right: 0, total: 0, rows: [] }, contradictions: { found: 0, total: 0, rows: [] }, checks: [] };
  for (const gold of goldFiles) {
    const g = GoldSources.parse(gold);
    const fileArticles = articles.filter((a) => goldFileOf(a) === gold.file);
    const origins = [...new Set(fileArticles.flatMap((a) => (a.derivedFrom && byId.has(a.derivedFrom) ? [goldFileOf(byId.get(a.derivedFrom)!)] : [])))].sort();
    const ours = origins.length === 0 ? null : origins.join(', ');
    const ok = ours === g.derivedFrom;
    s.derivation.total += 1;
    if (ok) s.derivation.right += 1;
    s.derivation.rows.push({ file: gold.file, gold: g.derivedFrom, ours, ok });
    for (const c of g.contradictions) {
      const by = contradictions.filter((x) => x.sides.some((side) => {
        const article = byId.get(side.article);
        return article !== undefined && goldFileOf(article) === gold.file && overlapsEvidence(article.text, side, c.evidence);
      })).map((x) => x.id);
      s.contradictions.total += 1;
      if (by.length > 0) s.contradictions.found += 1;
      s.contradictions.rows.push({ file: gold.file, claim: c.claim, evidence: c.evidence, found: by.length > 0, by });
    }
  }
  for (const check of checks) {
    const rows = s.contradictions.rows.filter((r) => r.evidence.includes(check.evidenceIncludes));
    const note = rows.length === 0 ? 'no gold contradiction has this evidence' : rows.map((r) => `${r.file}: ${r.found ? 'found' : 'missed'}`).join('; ');
    s.checks.push({ label: check.label, ok: rows.length > 0 && rows.every((r) => r.found), note });
  }
  return s;
}

/**
 * Whether a side overlaps the gold evidence: the evidence located in the article's text (spacing
 * may differ from the raw file) and the two spans intersecting; if it cannot be located, the
 * side's words and the evidence's contain one another.
 */
export function overlapsEvidence(text: string, side: { text: string; start: number; end: number }, evidence: string): boolean {
  const words = evidence.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  let located = false;
  for (const m of text.matchAll(pattern)) {
    located = true;
    if (m.index < side.end && side.start < m.index + m[0].length) return true;
  }
  if (located) return false;
  const squash = (x: string): string => x.replace(/\s+/g, ' ').trim().toLowerCase();
  const [a, b] = [squash(side.text), squash(evidence)];
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

/** The scores as report lines. */
export function formatSourceScores(s: SourceScores, verbose = false): string {
  const lines = [
    `sources: derivation right for ${s.derivation.right}/${s.derivation.total} files; contradictions found ${s.contradictions.found}/${s.contradictions.total}`,
    ...s.checks.map((c) => `  ${c.ok ? 'ok' : 'FAIL'} ${c.label} (${c.note})`),
  ];
  if (verbose) {
    for (const r of s.derivation.rows.filter((x) => !x.ok)) lines.push(`  derivation ${r.file}: ours ${r.ours ?? 'null'}, gold ${r.gold ?? 'null'}`);
    for (const r of s.contradictions.rows.filter((x) => !x.found)) lines.push(`  missed contradiction ${r.file}: ${r.claim}`);
  }
  return lines.join('\n');
}
