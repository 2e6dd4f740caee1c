import type { ActRow } from '../data/act-row.js';
import { articleLabel } from './article-label.js';
import { html, type SafeHtml } from './escape.js';
import { actorHref, spanHref } from './links.js';

function party(id: string | null, label: string | null, asOf: string | null): SafeHtml {
  if (id) return html`<a class="actor" href="${actorHref(id, asOf)}">${label ?? id}</a>`;
  return html`<span class="actor unlinked">${label ?? '—'}</span>`;
}

/** One act: who did what to whom, and every article that reports it, each report linked to its words. */
export function actItem(a: ActRow, asOf: string | null): SafeHtml {
  const flags = [a.negated ? 'did not' : null, a.modality !== 'asserted' ? a.modality : null].filter(Boolean).join(', ');
  return html`<li class="event event-${a.type.toLowerCase()}">
  <span class="type">${a.type}</span>${flags ? html` <span class="flags">(${flags})</span>` : ''}
  ${party(a.source, a.sourceLabel, asOf)} ${a.reciprocal ? '↔' : '→'} ${party(a.target, a.targetLabel, asOf)}
  <span class="meta">reported by ${a.articles.length} ${a.articles.length === 1 ? 'article' : 'articles'}</span>
  <ul class="reports">${a.reports.map((r) => html`<li><a class="fact evidence" href="${spanHref(r.article, r.start, r.end, asOf)}">${r.evidence}</a>
    <div class="meta">${r.dateText ? html`“${r.dateText}” — ${r.dateBasis ?? ''} · ` : ''}${articleLabel(r.from, asOf)}</div></li>`)}</ul>
</li>`;
}

export function actList(acts: readonly ActRow[], asOf: string | null): SafeHtml {
  return html`<ul class="events">${acts.map((a) => actItem(a, asOf))}</ul>`;
}
