import { basename } from 'node:path';
import type { ExportArticle } from '../model/export.js';
import { goldBodyStrings, type GoldArticle, type GoldFile } from './gold.js';

/** How near the start of a segment a gold `startsWith` may sit (the gold README says "near the start"). */
const STARTS_WITHIN = 200;

export interface Ratio {
  hit: number;
  total: number;
}

export interface FrontScores {
  segmentation: { precision: Ratio; recall: Ratio };
  outletPrinted: Ratio;
  outletUnknownKept: Ratio;
  titles: Ratio;
  publishedPrinted: Ratio;
  publishedInferredWithinOneDay: Ratio;
  publishedInferredMaxDaysOff: number | null;
  publishedUnknownKept: Ratio;
  publishedWithEvidence: Ratio;
  furnitureRemoved: Ratio;
  bodyKept: Ratio;
  misses: string[];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** The articles that came from the page a gold file describes (gold files are named after their page). */
export function articlesOfGoldFile(articles: ExportArticle[], gold: GoldFile): ExportArticle[] {
  return articles
    .filter((a) => basename(a.source.replace(/#\d+$/, '')) === gold.file)
    .sort((x, y) => x.segment - y.segment);
}

function pairGoldArticles(gold: GoldArticle[], system: ExportArticle[]): Map<GoldArticle, ExportArticle> {
  const pairs = new Map<GoldArticle, ExportArticle>();
  const used = new Set<ExportArticle>();
  for (const g of gold) {
    const want = squash(g.startsWith);
    const match = system.find((a) => !used.has(a) && squash(a.text.slice(0, STARTS_WITHIN + want.length)).includes(want));
    if (match) {
      pairs.set(g, match);
      used.add(match);
    }
  }
  return pairs;
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const tally = (r: Ratio, ok: boolean): void => {
  r.total += 1;
  if (ok) r.hit += 1;
};

/** Scores the front half of the pipeline (segment, clean, metadata) against gold files. */
export function scoreFront(articles: ExportArticle[], goldFiles: GoldFile[]): FrontScores {
  const s: FrontScores = {
    segmentation: { precision: ratio(), recall: ratio() },
    outletPrinted: ratio(), outletUnknownKept: ratio(), titles: ratio(),
    publishedPrinted: ratio(), publishedInferredWithinOneDay: ratio(), publishedInferredMaxDaysOff: null,
    publishedUnknownKept: ratio(), publishedWithEvidence: ratio(),
    furnitureRemoved: ratio(), bodyKept: ratio(), misses: [],
  };
  for (const gold of goldFiles) {
    const system = articlesOfGoldFile(articles, gold);
    const pairs = pairGoldArticles(gold.articles, system);
    s.segmentation.recall.hit += pairs.size;
    s.segmentation.recall.total += gold.articles.length;
    s.segmentation.precision.hit += pairs.size;
    s.segmentation.precision.total += system.length;
    for (const g of gold.articles) {
      const a = pairs.get(g);
      if (!a) {
        s.misses.push(`${gold.file}: no article starts with "${g.startsWith}"`);
        continue;
      }
      if (g.outlet === null) tally(s.outletUnknownKept, a.outlet === null);
      else tally(s.outletPrinted, a.outlet !== null && a.outlet.toLowerCase() === g.outlet.toLowerCase());
      if (g.title !== null) tally(s.titles, a.title !== null && squash(a.title) === squash(g.title));
      if (a.published !== null) tally(s.publishedWithEvidence, (a.publishedNote ?? '').length > 0);
      if (g.publishedBasis === 'printed' && g.published) tally(s.publishedPrinted, a.published === g.published);
      if (g.publishedBasis === 'inferred' && g.published) {
        const off = a.published ? daysBetween(a.published, g.published) : null;
        tally(s.publishedInferredWithinOneDay, off !== null && off <= 1);
        if (off !== null) s.publishedInferredMaxDaysOff = Math.max(s.publishedInferredMaxDaysOff ?? 0, off);
      }
      if (g.published === null) tally(s.publishedUnknownKept, a.published === null);
      if (a.outlet?.toLowerCase() !== g.outlet?.toLowerCase()) s.misses.push(`${gold.file}#${a.segment}: outlet ${a.outlet ?? 'null'}, gold ${g.outlet ?? 'null'}`);
      if (a.published !== g.published) s.misses.push(`${gold.file}#${a.segment}: published ${a.published ?? 'null'} (${a.publishedBasis}), gold ${g.published ?? 'null'} (${g.publishedBasis})`);
    }
    const texts = system.map((a) => a.text);
    for (const line of gold.boilerplate) {
      const left = texts.some((t) => t.includes(line));
      tally(s.furnitureRemoved, !left);
      if (left) s.misses.push(`${gold.file}: furniture kept: "${line.slice(0, 60)}"`);
    }
    // Headlines are metadata, kept in `title`; gold evidence may quote them (outlook phrases).
    const titles = system.map((a) => a.title ?? '');
    for (const body of goldBodyStrings(gold)) {
      const kept = texts.some((t) => t.includes(body)) || titles.some((t) => t.includes(body));
      tally(s.bodyKept, kept);
      if (!kept) s.misses.push(`${gold.file}: body lost: "${body.slice(0, 60)}"`);
    }
  }
  return s;
}
