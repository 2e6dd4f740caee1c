import type { AsOfInfo } from '../data/as-of.js';
import { html, type SafeHtml } from './escape.js';
import { jsonTwinHref, pageHref } from './links.js';

export type NavKey = 'overview' | 'timeline' | 'actors' | 'issues' | 'drafts' | 'quotes' | 'sources' | 'search' | 'article' | 'error';

const NAV: readonly { key: NavKey; path: string; label: string }[] = [
  { key: 'overview', path: '/', label: 'Overview' },
  { key: 'timeline', path: '/timeline', label: 'Timeline' },
  { key: 'actors', path: '/actors', label: 'Actors' },
  { key: 'issues', path: '/issues', label: 'Issues' },
  { key: 'drafts', path: '/drafts', label: 'Drafts' },
  { key: 'quotes', path: '/quotes', label: 'Quotes' },
  { key: 'sources', path: '/sources', label: 'Sources' },
];

export interface LayoutOptions {
  title: string;
  nav: NavKey;
  url: URL;
  /** Null on error pages where the as-of value itself was the problem. */
  asOf: AsOfInfo | null;
  body: SafeHtml;
  /** Page scripts under /static/: no inline script is ever sent. */
  scripts?: readonly string[];
  /** False on error pages, whose twin is the error itself. */
  twin?: boolean;
}

/** The same query minus asOf, kept as hidden fields so changing the date keeps the page's filters. */
function keptFields(url: URL): SafeHtml[] {
  return [...url.searchParams].filter(([k]) => k !== 'asOf').map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);
}

function asOfControl(url: URL, asOf: AsOfInfo | null): SafeHtml {
  const date = asOf?.date ?? '';
  const clear = new URL(url);
  clear.searchParams.delete('asOf');
  return html`<form class="as-of" method="get" action="${url.pathname}">
  <label>As of <input type="date" name="asOf" value="${date}"></label>${keptFields(url)}
  <button type="submit">Apply</button>${date ? html` <a href="${clear.pathname + clear.search}">all dates</a>` : ''}
</form>`;
}

function asOfBanner(asOf: AsOfInfo | null): SafeHtml {
  if (!asOf?.date) return html``;
  const left = [
    asOf.excludedLater > 0 ? `${asOf.excludedLater} published later` : null,
    asOf.excludedUndated > 0 ? `${asOf.excludedUndated} undated (their date is unknown, so they cannot be placed before ${asOf.date})` : null,
  ].filter(Boolean).join(' and ');
  return html`<p class="as-of-banner" role="status">As of <strong>${asOf.date}</strong>: ${asOf.articles} of ${asOf.total} articles${left ? ` — left out: ${left}` : ''}.</p>`;
}

/** The page frame: navigation, search, the as-of control, the body, and links to the JSON twin and introspection. */
export function renderLayout(o: LayoutOptions): string {
  const asOf = o.asOf?.date ?? null;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Parley</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${(o.scripts ?? []).map((src) => html`<script src="${src}" defer></script>\n`)}</head>
<body class="page-${o.nav}">
<header class="top">
  <a class="brand" href="${pageHref('/', asOf)}">Parley</a>
  <nav>${NAV.map((n) => html`<a href="${pageHref(n.path, asOf)}"${n.key === o.nav ? html` aria-current="page"` : ''}>${n.label}</a>`)}</nav>
  <form class="search" method="get" action="/search"><input type="search" name="q" placeholder="Search articles, quotes, actors" aria-label="Search">${asOf ? html`<input type="hidden" name="asOf" value="${asOf}">` : ''}<button type="submit">Search</button></form>
  ${asOfControl(o.url, o.asOf)}
</header>
${asOfBanner(o.asOf)}
<main>
${o.body}
</main>
<footer>
  ${o.twin === false ? '' : html`<a href="${jsonTwinHref(o.url)}">this page as JSON</a> · `}<a href="/-/pipeline.json">pipeline</a> · <a href="/-/config.json">config</a> · <a href="/-/versions.json">versions</a> · <a href="/openapi.json">OpenAPI</a>
</footer>
</body>
</html>
`;
  return page.value;
}
