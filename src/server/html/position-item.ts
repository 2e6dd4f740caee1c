import { stanceClass, type PositionRow } from '../data/position-row.js';
import { html, type SafeHtml } from './escape.js';
import { actorHref, spanHref } from './links.js';

/** One stance: party, issue and stance, linked to the words it rests on. */
export function positionItem(p: PositionRow, asOf: string | null): SafeHtml {
  return html`<li class="position ${stanceClass(p.stance)}"><a href="${actorHref(p.party, asOf)}">${p.partyLabel}</a> <span class="stance">${p.stance}</span> on <strong>${p.issueName}</strong>${p.date ? html` (${p.date})` : ''}${p.holder ? html` <span class="meta">per ${p.holder}</span>` : ''}${p.changed && p.previousStance ? html` <span class="meta">— was ${p.previousStance}</span>` : ''}: <a class="fact" href="${spanHref(p.article, p.start, p.end, asOf)}">${p.evidence || 'see the article'}</a></li>`;
}

export function positionList(positions: readonly PositionRow[], asOf: string | null): SafeHtml {
  return html`<ul class="positions">${positions.map((p) => positionItem(p, asOf))}</ul>`;
}
