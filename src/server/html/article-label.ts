import type { ArticleRef } from '../data/refs.js';
import { html, type SafeHtml } from './escape.js';
import { articleHref } from './links.js';

/** "2025-02-20 (inferred)": a date never shown without the basis it rests on. */
export function publishedLabel(published: string | null, basis: string): SafeHtml {
  if (published === null) return html`<span class="undated">undated</span>`;
  return html`<time datetime="${published}">${published}</time> <span class="basis basis-${basis}">(${basis})</span>`;
}

/** Outlet, date and title of an article, linked to it. */
export function articleLabel(ref: ArticleRef | null, asOf: string | null): SafeHtml {
  if (ref === null) return html`<span class="missing">unknown article</span>`;
  return html`<a class="article-ref" href="${articleHref(ref.id, asOf)}"><span class="outlet">${ref.outlet ?? 'unknown outlet'}</span>, ${publishedLabel(ref.published, ref.publishedBasis)}${ref.title ? html` — <span class="title">${ref.title}</span>` : ''}</a>`;
}
