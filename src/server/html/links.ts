type Params = Readonly<Record<string, string | number | null | undefined>>;

/**
 * A link to one of our own pages, carrying the as-of date. Only paths starting with '/' are
 * accepted, so no link we build can become a `javascript:` or off-site URL.
 * @example pageHref('/quotes', '2025-02-20', { speaker: 'actor_1' }) // '/quotes?speaker=actor_1&asOf=2025-02-20'
 */
export function pageHref(path: string, asOf: string | null, params: Params = {}): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`pageHref takes a path on this site, got '${path}'`);
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  if (asOf) query.set('asOf', asOf);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export const articleHref = (id: string, asOf: string | null): string => pageHref(`/articles/${encodeURIComponent(id)}`, asOf);

/** Opens the article with start..end highlighted and scrolled into view. */
export const spanHref = (articleId: string, start: number, end: number, asOf: string | null): string =>
  pageHref(`/articles/${encodeURIComponent(articleId)}`, asOf, { start, end });

export const actorHref = (id: string, asOf: string | null): string => pageHref(`/actors/${encodeURIComponent(id)}`, asOf);

/** The JSON twin of the page at `url`: same path with `.json` (the overview's is /index.json), same query. */
export function jsonTwinHref(url: URL): string {
  const path = url.pathname === '/' ? '/index' : url.pathname;
  return `${path}.json${url.search}`;
}
