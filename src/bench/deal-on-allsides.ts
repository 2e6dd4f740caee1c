import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../cli/paths.js';
import { buildModel } from '../analysis/build-model.js';
import type { Article } from '../model/article.js';
import type { Deal } from '../model/deal.js';
import { processPage } from '../pipeline/ingest-run.js';
import { readInputs } from '../stages/01-ingest/index.js';
import { buildDeal } from '../stages/10-deal/index.js';

/** The AllSides set: read at run time, never copied into the repository. */
export const ALLSIDES = join(packageRoot, '..', 'shared', 'corpora', 'allsides-politics-2020', 'articles.jsonl');

/** Which AllSides articles make one negotiation: a date range and two keyword patterns that must both match. */
export interface Selection {
  from: string;
  to: string;
  /** The subject of the talks ("stimulus", "relief package"). */
  topic: RegExp;
  /** The negotiators ("Mnuchin", "Pelosi"). */
  people: RegExp;
}

/** The 2020 coronavirus relief (CARES Act) talks between the White House and Congress. */
export const CARES_TALKS: Selection = {
  from: '2020-03-01', to: '2020-03-31',
  topic: /\b(?:stimulus|relief\s+(?:package|bill)|rescue\s+package|coronavirus\s+(?:package|bill))\b/iu,
  people: /\b(?:Mnuchin|Pelosi|Schumer|McConnell)\b/u,
};

/** Picks the records of one negotiation from the AllSides file, as JSONL lines. */
export function selectRecords(path: string, sel: Selection): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => {
    if (!line.trim()) return false;
    const r = JSON.parse(line) as { date?: string; title?: string; content_original?: string };
    const text = `${r.title ?? ''}\n${r.content_original ?? ''}`;
    return !!r.date && r.date >= sel.from && r.date <= sel.to && sel.topic.test(text) && sel.people.test(text);
  });
}

/** Runs the real pipeline (ingest, front half, back half, deal) over the selected records. */
export async function dealOnRecords(lines: readonly string[], asOf?: string): Promise<{ articles: Article[]; deal: Deal; seconds: { model: number; deal: number } }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-allsides-'));
  try {
    const file = join(dir, 'selection.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const articles: Article[] = [];
    for await (const item of readInputs([file], {})) {
      if (item.kind !== 'page') continue;
      const { result } = processPage(item.page, false);
      if ('articles' in result) articles.push(...result.articles);
    }
    const t0 = performance.now();
    const model = buildModel(articles);
    const t1 = performance.now();
    const deal = buildDeal(model, asOf ? { asOf } : {});
    const t2 = performance.now();
    return { articles, deal, seconds: { model: (t1 - t0) / 1000, deal: (t2 - t1) / 1000 } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script: node dist/stages/10-deal/try-on-allsides.js — prints a short view of the model.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = selectRecords(ALLSIDES, CARES_TALKS);
  const { articles, deal, seconds } = await dealOnRecords(lines);
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  console.log(`${lines.length} records, ${articles.length} articles, ${chars} chars; model ${seconds.model.toFixed(2)} s, deal ${seconds.deal.toFixed(2)} s (${Math.round(chars / 1000 / seconds.deal)} k chars/s)`);
  console.log(JSON.stringify({
    issues: deal.issues.slice(0, 12).map((i) => ({ name: i.name, aliases: i.aliases.slice(0, 4), articles: i.articles.length })),
    positions: deal.positions.length,
    drafts: deal.drafts.length,
    trend: deal.trend,
    notes: deal.notes,
  }, null, 1));
}
