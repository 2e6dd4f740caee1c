import type { EventRow } from '../data/event-row.js';
import { articleLabel } from './article-label.js';
import { html, type SafeHtml } from './escape.js';
import { actorHref, spanHref } from './links.js';

function party(id: string | null, label: string | null, asOf: string | null): SafeHtml {
  if (id) return html`<a class="actor" href="${actorHref(id, asOf)}">${label ?? id}</a>`;
  return html`<span class="actor unlinked">${label ?? '—'}</span>`;
}

/** One event: who did what to whom, linked to the sentence it rests on. */
export function eventItem(e: EventRow, asOf: string | null): SafeHtml {
  const flags = [e.negated ? 'negated' : null, e.modality !== 'asserted' ? e.modality : null].filter(Boolean).join(', ');
  return html`<li class="event event-${e.type.toLowerCase()}">
  <span class="type">${e.type}</span>${flags ? html` <span class="flags">(${flags})</span>` : ''}
  ${party(e.source, e.sourceLabel, asOf)} → ${party(e.target, e.targetLabel, asOf)}
  <a class="fact evidence" href="${spanHref(e.article, e.start, e.end, asOf)}">${e.evidence}</a>
  <div class="meta">${e.date ?? 'undated'}${e.dateBasis ? html` <span class="basis">(${e.dateBasis})</span>` : ''} · ${articleLabel(e.from, asOf)}</div>
</li>`;
}

export function eventList(events: readonly EventRow[], asOf: string | null): SafeHtml {
  return html`<ul class="events">${events.map((e) => eventItem(e, asOf))}</ul>`;
}
