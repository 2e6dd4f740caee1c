/**
 * What the cleaner drops from real extractor output (AllSides: text with leaked furniture).
 * Read in place from ../shared, never copied. The survey of the first 300 articles found
 * 6.55 % of non-blank lines dropped, with no body sentence among them (read by hand).
 */
import { existsSync, readFileSync } from 'node:fs';
import { classifyLines } from '../stages/02-clean/index.js';
import type { Page } from '../model/page.js';

export interface FurnitureSurvey {
  articles: number;
  lines: number;
  dropped: number;
  byKind: Record<string, number>;
}

function pageOf(text: string, i: number): Page {
  return { id: `page_${i}`, source: `allsides#${i}`, format: 'text', text, given: { url: null, outlet: null, title: null, published: null, author: null }, bytes: text.length };
}

/** Classifies the lines of the first `limit` AllSides articles and counts what is dropped, by kind. */
export function surveyFurniture(corpusPath: string, limit: number): FurnitureSurvey | null {
  if (!existsSync(corpusPath)) return null;
  const records = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  const survey: FurnitureSurvey = { articles: records.length, lines: 0, dropped: 0, byKind: {} };
  records.forEach((record, i) => {
    const { content_original: text } = JSON.parse(record) as { content_original: string };
    for (const line of classifyLines(pageOf(text, i))) {
      if (line.kind === 'blank') continue;
      survey.lines += 1;
      if (line.kind === 'body' || line.kind === 'title') continue;
      survey.dropped += 1;
      survey.byKind[line.kind] = (survey.byKind[line.kind] ?? 0) + 1;
    }
  });
  return survey;
}
