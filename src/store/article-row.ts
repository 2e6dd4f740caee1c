import type { Article } from '../model/article.js';

/** The articles columns as the Article type names them; `published::text` keeps 'YYYY-MM-DD' on both drivers. */
export const ARTICLE_COLUMNS = `
  id, page_id, source, segment, page_start, page_end, outlet, title, url, byline,
  published::text AS published, published_basis, evidence, text, removed, duplicate_of, derived_from`;

export interface ArticleRow {
  id: string;
  page_id: string;
  source: string;
  segment: number;
  page_start: number;
  page_end: number;
  outlet: string | null;
  title: string | null;
  url: string | null;
  byline: string | null;
  published: string | null;
  published_basis: Article['publishedBasis'];
  evidence: Article['evidence'];
  text: string;
  removed: Article['removed'];
  duplicate_of: string | null;
  derived_from: string | null;
}

export function articleToRow(a: Article): ArticleRow {
  return {
    id: a.id,
    page_id: a.pageId,
    source: a.source,
    segment: a.segment,
    page_start: a.pageStart,
    page_end: a.pageEnd,
    outlet: a.outlet,
    title: a.title,
    url: a.url,
    byline: a.byline,
    published: a.published,
    published_basis: a.publishedBasis,
    evidence: a.evidence,
    text: a.text,
    removed: a.removed,
    duplicate_of: a.duplicateOf,
    derived_from: a.derivedFrom,
  };
}

export function rowToArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    pageId: r.page_id,
    source: r.source,
    segment: r.segment,
    pageStart: r.page_start,
    pageEnd: r.page_end,
    outlet: r.outlet,
    title: r.title,
    url: r.url,
    byline: r.byline,
    published: r.published,
    publishedBasis: r.published_basis,
    evidence: r.evidence,
    text: r.text,
    removed: r.removed,
    duplicateOf: r.duplicate_of,
    derivedFrom: r.derived_from,
  };
}
