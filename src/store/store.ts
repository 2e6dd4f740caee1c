import type { Page } from '../model/page.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Article } from '../model/article.js';
import type { ArticleLayer, EncodedLayer } from '../model/article-layer.js';

/** What saving one page did: the page and article counts that were new, and those already there. */
export interface SaveResult {
  pageNew: boolean;
  articlesNew: number;
  articlesExisting: number;
}

export interface ArticleFilter {
  outlet?: string;
  /** Inclusive YYYY-MM-DD bounds on the publication date. */
  since?: string;
  until?: string;
  limit?: number;
}

export interface StoreStats {
  pages: number;
  articles: number;
}

/**
 * The one storage interface: PGlite in a local data folder, or PostgreSQL by connection
 * string. Same schema, same migrations, same behaviour (proven by one contract suite).
 */
export interface ParleyStore {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives: the data folder, or the connection string without its password. */
  readonly location: string;
  hasPage(pageId: string): Promise<boolean>;
  /** Stores a page, its classified lines and its articles in one transaction: all or nothing. */
  savePage(page: Page, lines: ClassifiedLine[], articles: Article[], layers?: EncodedLayer[]): Promise<SaveResult>;
  /** Many pages in one transaction per batch: the fast path for bulk ingest. */
  savePages(items: { page: Page; lines: ClassifiedLine[]; articles: Article[]; layers?: EncodedLayer[] }[]): Promise<SaveResult[]>;
  /** Stored per-article layers of this version, by article id (others are stale and left out). */
  listLayers(version: string): Promise<Map<string, ArticleLayer>>;
  /** The same layers as their stored JSON text, unparsed: for a thread that parses them itself. */
  listLayerTexts(version: string): Promise<Map<string, string>>;
  /** A cached built model by its key (analysis/model-cache.ts), or null. */
  getCachedModel(key: string): Promise<Uint8Array | null>;
  /** Caches a built model; only the newest few are kept, as each is a whole model. */
  putCachedModel(key: string, model: Uint8Array): Promise<void>;
  /** Stores layers made after ingest, replacing those of another version. */
  saveLayers(layers: readonly EncodedLayer[]): Promise<void>;
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  getArticle(id: string): Promise<Article | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Folder for the embedded PGlite database. */
  dataDir?: string;
  /** postgres:// connection string; wins over dataDir. */
  databaseUrl?: string;
}
