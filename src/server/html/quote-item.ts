import type { QuoteRow } from '../data/quote-row.js';
import { articleLabel } from './article-label.js';
import { html, type SafeHtml } from './escape.js';
import { actorHref, spanHref } from './links.js';

/** One quote: its words link to the sentence in the article, its speaker to the actor page; `withSource` false on the article's own page. */
export function quoteItem(q: QuoteRow, asOf: string | null, withSource = true): SafeHtml {
  const words = q.kind === 'direct' ? `“${q.text}”` : q.text;
  const speaker = q.speaker ? html`<a class="speaker" href="${actorHref(q.speaker, asOf)}">${q.speakerLabel}</a>` : html`<span class="speaker anonymous">${q.speakerLabel}</span>`;
  const said = [q.medium, q.date ? `${q.date}${q.dateText ? ` (“${q.dateText}”)` : ''}` : null].filter((s): s is string => Boolean(s)).join(', ');
  return html`<li class="quote quote-${q.kind}">
  <a class="fact quote-text" href="${spanHref(q.article, q.start, q.end, asOf)}">${words}</a>
  <div class="meta">${speaker}${said ? html` <span class="said">${said}</span>` : ''} · <span class="kind">${q.kind}</span>${withSource ? html` · ${articleLabel(q.source, asOf)}` : ''}</div>
</li>`;
}

export function quoteList(quotes: readonly QuoteRow[], asOf: string | null, withSource = true): SafeHtml {
  return html`<ul class="quotes">${quotes.map((q) => quoteItem(q, asOf, withSource))}</ul>`;
}
