import { z } from 'zod';
import { Article } from '../../model/article.js';
import { byEventDate, EventRow, toEventRow } from '../data/event-row.js';
import type { ModelView } from '../data/model-view.js';
import { QuoteRow, toQuoteRow } from '../data/quote-row.js';
import { ActorSummary, ArticleRef, byProminence, toActorSummary, toArticleRef } from '../data/refs.js';
import { articleLabel, publishedLabel } from '../html/article-label.js';
import { emptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { eventList } from '../html/event-item.js';
import { actorHref, spanHref } from '../html/links.js';
import { quoteList } from '../html/quote-item.js';
import { ApiError, notFound } from '../http/api-error.js';
import { definePage } from '../http/define-page.js';

const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const ArticleData = z.object({
  article: Article,
  highlight: Span.nullable().describe('the span asked for with ?start=N&end=M'),
  quotes: z.array(QuoteRow),
  actors: z.array(z.object({ actor: ActorSummary, mentions: z.array(Span) })),
  events: z.array(EventRow),
  relations: z.object({
    duplicateOf: ArticleRef.nullable(), derivedFrom: ArticleRef.nullable(),
    duplicates: z.array(ArticleRef), derivatives: z.array(ArticleRef),
  }),
});
type ArticleData = z.infer<typeof ArticleData>;

const INTEGER = /^\d{1,9}$/;

/** `?start=N&end=M` as a span of the text, or null; anything malformed or out of range is a 400. */
function parseSpan(query: URLSearchParams, text: string): z.infer<typeof Span> | null {
  const start = query.get('start');
  const end = query.get('end');
  if (start === null && end === null) return null;
  if (start === null || end === null || !INTEGER.test(start) || !INTEGER.test(end)) {
    throw new ApiError(400, 'E_SPAN', 'start and end must be given together as whole numbers, e.g. ?start=120&end=180');
  }
  const s = Number(start);
  const e = Number(end);
  if (s >= e || e > text.length) throw new ApiError(400, 'E_SPAN', `span ${s}..${e} is not within this article's ${text.length} characters`);
  return { start: s, end: e, text: text.slice(s, e) };
}

function loadArticle(view: ModelView, id: string, query: URLSearchParams): ArticleData {
  const article = view.article(id);
  if (!article) throw notFound('article', id, view.asOf.date ? `it may be undated or published after ${view.asOf.date}` : 'see /sources for the articles');
  const refs = (ids: string[]): ArticleRef[] => ids.flatMap((x) => {
    const a = view.article(x);
    return a ? [toArticleRef(a)] : [];
  });
  const others = view.model.articles.filter((a) => a.id !== id);
  return {
    article,
    highlight: parseSpan(query, article.text),
    quotes: view.model.quotes.filter((q) => q.article === id).sort((x, y) => x.start - y.start).map((q) => toQuoteRow(q, view)),
    actors: view.model.actors.filter((a) => a.articles.includes(id) || a.mentions.some((m) => m.article === id))
      .map((a) => ({ actor: toActorSummary(a), mentions: a.mentions.filter((m) => m.article === id).map((m) => ({ start: m.start, end: m.end, text: m.text })) }))
      .sort((x, y) => byProminence(x.actor, y.actor)),
    events: view.parts.events.filter((e) => e.article === id).map((e) => toEventRow(e, view)).sort(byEventDate),
    relations: {
      duplicateOf: refs(article.duplicateOf ? [article.duplicateOf] : [])[0] ?? null,
      derivedFrom: refs(article.derivedFrom ? [article.derivedFrom] : [])[0] ?? null,
      duplicates: refs(others.filter((a) => a.duplicateOf === id).map((a) => a.id)),
      derivatives: refs(others.filter((a) => a.derivedFrom === id).map((a) => a.id)),
    },
  };
}

/** The text, inert, with the asked-for span marked; the page script scrolls the mark into view. */
function articleText(d: ArticleData): SafeHtml {
  const t = d.article.text;
  const h = d.highlight;
  if (!h) return html`<div class="article-text" id="article-text">${t}</div>`;
  return html`<div class="article-text" id="article-text">${t.slice(0, h.start)}<mark id="highlight" tabindex="-1">${t.slice(h.start, h.end)}</mark>${t.slice(h.end)}</div>`;
}

function header(d: ArticleData): SafeHtml {
  const a = d.article;
  const ev = a.evidence.published;
  return html`<h1>${a.title ?? '(untitled)'}</h1>
<p class="article-meta"><span class="outlet">${a.outlet ?? 'unknown outlet'}</span>${a.byline ? html` · ${a.byline}` : ''} · ${publishedLabel(a.published, a.publishedBasis)}${ev ? html` <span class="meta">— ${ev.note ?? `${ev.rule}: ${ev.text}`}</span>` : ''}</p>
<p class="meta">${a.source}#${a.segment}${a.url ? html` · <span class="url">${a.url}</span>` : ''}</p>`;
}

function relations(d: ArticleData, asOf: string | null): SafeHtml {
  const r = d.relations;
  const items = [
    r.duplicateOf && html`<li>duplicates ${articleLabel(r.duplicateOf, asOf)}</li>`,
    r.derivedFrom && html`<li>rewrites ${articleLabel(r.derivedFrom, asOf)}</li>`,
    ...r.duplicates.map((x) => html`<li>duplicated by ${articleLabel(x, asOf)}</li>`),
    ...r.derivatives.map((x) => html`<li>rewritten by ${articleLabel(x, asOf)}</li>`),
  ].filter((x): x is SafeHtml => Boolean(x));
  return items.length > 0 ? html`<section><h2>Related sources</h2><ul>${items}</ul></section>` : html``;
}

function actorsSection(d: ArticleData, asOf: string | null): SafeHtml {
  if (d.actors.length === 0) return emptyState('No actors found in this article.');
  return html`<ul class="mentions">${d.actors.map((x) => html`<li><a href="${actorHref(x.actor.id, asOf)}">${x.actor.name}</a>: ${x.mentions.map((m, i) => html`${i > 0 ? ', ' : ''}<a class="fact mention" href="${spanHref(d.article.id, m.start, m.end, asOf)}">${m.text}</a>`)}</li>`)}</ul>`;
}

export const articlePage = definePage({
  name: 'article',
  path: '/articles/:id',
  nav: 'article',
  summary: 'One article: its cleaned text with the asked-for span highlighted, and every fact found in it',
  query: [
    { name: 'start', description: 'start of the span to highlight (character offset into the cleaned text)' },
    { name: 'end', description: 'end of the span to highlight (half-open)' },
  ],
  schema: ArticleData,
  scripts: ['/static/article-highlight.js'],
  load: ({ view, params, query }) => loadArticle(view, params.id ?? '', query),
  title: (d) => d.article.title ?? 'Article',
  view: (d, { asOf }) => html`<article class="source-article">${header(d)}${articleText(d)}</article>
<aside class="facts">
<section><h2>Quotes (${d.quotes.length})</h2>${d.quotes.length > 0 ? quoteList(d.quotes, asOf, false) : emptyState('No quotes found in this article.')}</section>
<section><h2>Actors (${d.actors.length})</h2>${actorsSection(d, asOf)}</section>
${d.events.length > 0 ? html`<section><h2>Events (${d.events.length})</h2>${eventList(d.events, asOf)}</section>` : ''}
${relations(d, asOf)}
${d.article.removed.length > 0 ? html`<section><h2>Removed as page furniture (${d.article.removed.length})</h2><details><summary>show</summary><ul class="removed">${d.article.removed.map((r) => html`<li><span class="kind">${r.kind}</span>${r.rule ? html` <code>${r.rule}</code>` : ''}: ${r.text}</li>`)}</ul></details></section>` : ''}
</aside>`,
});
