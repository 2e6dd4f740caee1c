import { searchModel, SearchResults } from '../data/search-model.js';
import { articleLabel } from '../html/article-label.js';
import { emptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { actorHref, spanHref } from '../html/links.js';
import { quoteList } from '../html/quote-item.js';
import { definePage } from '../http/define-page.js';

function results(d: SearchResults, asOf: string | null): SafeHtml {
  if (d.q === '') return emptyState('Type words to find in article texts, quotes and actor names.');
  if (d.tooShort) return emptyState('Type at least two characters.');
  if (d.articles.length + d.quotes.length + d.actors.length === 0) return emptyState(`Nothing matches '${d.q}'.`);
  return html`<section><h2>Actors (${d.actors.length})</h2>${d.actors.length === 0 ? emptyState('No actor names match.') : html`<ul class="actors">${d.actors.map((a) => html`<li><a href="${actorHref(a.id, asOf)}">${a.name}</a>${a.role ? html` · ${a.role}` : ''}</li>`)}</ul>`}</section>
<section><h2>Quotes (${d.quotes.length})</h2>${d.quotes.length === 0 ? emptyState('No quotes match.') : quoteList(d.quotes, asOf)}</section>
<section><h2>Articles (${d.articles.length})</h2>${d.articles.length === 0 ? emptyState('No article text matches.') : html`<ul class="search-articles">${d.articles.map((r) => html`<li>${articleLabel(r.article, asOf)} <span class="count">${r.count} matches</span>
<ul class="hits">${r.hits.map((h) => html`<li><a class="fact" href="${spanHref(r.article.id, h.start, h.end, asOf)}">…${h.before}<mark>${h.match}</mark>${h.after}…</a></li>`)}</ul></li>`)}</ul>`}</section>`;
}

export const searchPage = definePage({
  name: 'search',
  path: '/search',
  nav: 'search',
  summary: 'Full-text search over article texts, quotes and actor names (case and accents ignored)',
  query: [{ name: 'q', description: 'the words to find, 2 to 200 characters' }],
  schema: SearchResults,
  load: ({ view, query }) => searchModel(view, query.get('q') ?? ''),
  title: (d) => (d.q ? `Search: ${d.q}` : 'Search'),
  view: (d, { asOf }) => html`<h1>Search</h1>
<form class="search-page" method="get" action="/search"><input type="search" name="q" value="${d.q}" aria-label="Search">${asOf ? html`<input type="hidden" name="asOf" value="${asOf}">` : ''}<button type="submit">Search</button></form>
${results(d, asOf)}`,
});
