import type { ExpectedStore } from './expected-store.js';
import type { StoreRows } from './store-rows.js';

/** Everything wrong with a store against what a complete ingest must give; all zero/empty means whole. */
export interface StoreCheck {
  pages: number;
  articles: number;
  /** Expected articles not stored. Only a failure once ingest has finished. */
  missing: string[];
  /** Stored articles no input yields (or with another text): never allowed. */
  unexpected: string[];
  /** Rows minus distinct texts: the same article stored twice. */
  duplicates: number;
  /** Stored pages lacking some of their articles or lines: a page written by halves. */
  halfWritten: string[];
  /** Stored articles whose page row is missing. */
  orphans: string[];
}

/** Compares stored rows with the expected store. */
export function checkStore(rows: StoreRows, expected: ExpectedStore): StoreCheck {
  const storedArticles = new Set(rows.articles.map((a) => a.id));
  const storedPages = new Set(rows.pages.map((p) => p.id));
  const check: StoreCheck = {
    pages: rows.pages.length,
    articles: rows.articles.length,
    missing: [...expected.articles.keys()].filter((id) => !storedArticles.has(id)),
    unexpected: rows.articles.filter((a) => expected.articles.get(a.id) !== a.text).map((a) => a.id),
    duplicates: rows.articles.length - new Set(rows.articles.map((a) => a.text)).size,
    halfWritten: [],
    orphans: rows.articles.filter((a) => !storedPages.has(a.page_id)).map((a) => a.id),
  };
  for (const page of rows.pages) {
    const want = expected.pages.get(page.id);
    // An unknown page is half of nothing we wrote: count it as written wrong.
    if (!want || want.lines !== page.lines || want.articles.some((id) => !storedArticles.has(id))) check.halfWritten.push(page.id);
  }
  return check;
}

/** One line for a report or a failed assertion. */
export function describeCheck(c: StoreCheck): string {
  return `${c.pages} pages, ${c.articles} articles; missing ${c.missing.length}, unexpected ${c.unexpected.length}, duplicates ${c.duplicates}, half-written pages ${c.halfWritten.length}, orphan articles ${c.orphans.length}`;
}
