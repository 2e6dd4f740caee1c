import type { Article } from '../model/article.js';
import type { Brief, BriefSentence } from './brief-model.js';
import { escapeHtml } from './escape-html.js';
import { describeArticle, numberFootnotes } from './footnotes.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1d2433}
h1{font-size:1.7rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d8dde6}
sup a{text-decoration:none;color:#2456a6}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e4e7ee;padding:.3rem .5rem;text-align:left;vertical-align:top}
.empty{color:#6b7385;font-style:italic}ol.notes{font-size:.9rem;color:#3c4558}ol.notes q{font-style:italic}`;

/**
 * The brief as a standalone HTML page. Article text is untrusted: everything is escaped, the
 * page carries no script, and a CSP forbids any. Source links open the dashboard's article view.
 */
export function renderHtml(brief: Brief, articles: readonly Article[]): string {
  const { notes, numberOf } = numberFootnotes(brief, articles);
  const cite = (s: BriefSentence): string => [...new Set(s.cites.map(numberOf))].map((n) => `<sup><a href="#note-${n}">[${n}]</a></sup>`).join('');
  const body: string[] = [`<h1>${escapeHtml(brief.title)}</h1>`];
  if (brief.asOf) body.push(`<p class="empty">As of ${escapeHtml(brief.asOf)}: only articles published by then.</p>`);
  for (const section of brief.sections) {
    body.push(`<h2>${escapeHtml(section.title)}</h2>`);
    if (section.sentences.length === 0 && !section.table?.rows.length) body.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
    if (section.sentences.length > 0) body.push(`<ul>${section.sentences.map((s) => `<li>${escapeHtml(s.text)} ${cite(s)}</li>`).join('')}</ul>`);
    if (section.table && section.table.rows.length > 0) {
      const head = `<tr>${[...section.table.head, 'source'].map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const rows = section.table.rows.map((r) => `<tr>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}<td>${cite(r.backing)}</td></tr>`).join('');
      body.push(`<table>${head}${rows}</table>`);
    }
  }
  body.push('<h2>Source notes</h2><ol class="notes">');
  for (const n of notes) {
    const href = `/articles/${encodeURIComponent(n.citation.article)}?start=${n.citation.start}&end=${n.citation.end}`;
    body.push(`<li id="note-${n.n}">${escapeHtml(describeArticle(n.article))} — <q>${escapeHtml(n.quoted)}</q> (<a href="${escapeHtml(href)}">article ${escapeHtml(n.citation.article)}, characters ${n.citation.start}–${n.citation.end}</a>)</li>`);
  }
  body.push('</ol>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(brief.title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>\n`;
}
