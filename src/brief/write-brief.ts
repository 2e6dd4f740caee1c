import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DealModel } from '../analysis/build-model.js';
import type { Brief } from './brief-model.js';
import { composeBrief } from './compose-brief.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

/** Writes brief.md and brief.html into `outDir`; returns the brief and both paths. */
export function writeBrief(model: DealModel, outDir: string, asOf: string | null = null): { brief: Brief; markdown: string; html: string } {
  const brief = composeBrief(model, asOf);
  mkdirSync(outDir, { recursive: true });
  const markdown = join(outDir, 'brief.md');
  const html = join(outDir, 'brief.html');
  writeFileSync(markdown, renderMarkdown(brief, model.articles));
  writeFileSync(html, renderHtml(brief, model.articles));
  return { brief, markdown, html };
}
