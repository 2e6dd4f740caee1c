import type { Article } from '../model/article.js';
import type { Brief, BriefSentence } from './brief-model.js';
import { describeArticle, numberFootnotes } from './footnotes.js';

/** The brief as Markdown: each sentence followed by its numbered source notes. */
export function renderMarkdown(brief: Brief, articles: readonly Article[]): string {
  const { notes, numberOf } = numberFootnotes(brief, articles);
  const cite = (s: BriefSentence): string => [...new Set(s.cites.map(numberOf))].map((n) => `[^${n}]`).join('');
  const cell = (v: string): string => v.replace(/\|/g, '\\|');
  const out = [`# ${brief.title}`, '', brief.asOf ? `_As of ${brief.asOf}: only articles published by then._` : '', ''];
  for (const section of brief.sections) {
    out.push(`## ${section.title}`, '');
    if (section.sentences.length === 0 && !section.table?.rows.length) out.push(`_${section.empty}_`, '');
    for (const s of section.sentences) out.push(`- ${s.text} ${cite(s)}`);
    if (section.sentences.length > 0) out.push('');
    if (section.table && section.table.rows.length > 0) {
      out.push(`| ${section.table.head.join(' | ')} | source |`, `|${section.table.head.map(() => '---').join('|')}|---|`);
      for (const row of section.table.rows) out.push(`| ${row.cells.map(cell).join(' | ')} | ${cite(row.backing)} |`);
      out.push('');
    }
  }
  out.push('## Source notes', '');
  for (const note of notes) {
    out.push(`[^${note.n}]: ${describeArticle(note.article)} — “${note.quoted}” (article ${note.citation.article}, characters ${note.citation.start}–${note.citation.end})`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
