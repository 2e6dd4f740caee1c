import type { DealModel } from '../../analysis/build-model.js';
import type { Article } from '../../model/article.js';
import { filterAsOf } from './as-of.js';
import { createModelView, type ModelView } from './model-view.js';

/** Builds the model from articles: `buildModel` in the app, anything with its signature in tests. */
export type BuildModel = (articles: readonly Article[]) => DealModel;

/** The model kept in memory: built once at start-up, rebuilt on reload, one cached build per as-of date. */
export interface ModelSource {
  view(asOf: string | null): ModelView;
  /** Reads the articles again and drops every cached build. */
  reload(): Promise<void>;
  /** Drops every cached build and builds again from the articles already read (the issue configuration changed). */
  rebuild(): void;
  readonly loadedAt: string;
}

/** Builds per as-of date kept at once; each is a full model, so the cache is bounded. */
const MAX_CACHED_DATES = 16;

export async function createModelSource(loadArticles: () => Promise<Article[]>, build: BuildModel): Promise<ModelSource> {
  let articles = await loadArticles();
  let loadedAt = new Date().toISOString();
  const cache = new Map<string, ModelView>();
  const viewOf = (date: string | null): ModelView => {
    const key = date ?? 'all';
    const hit = cache.get(key);
    if (hit) return hit;
    const { kept, info } = filterAsOf(articles, date);
    const view = createModelView(build(kept), info);
    if (cache.size >= MAX_CACHED_DATES) {
      // Evict the oldest dated build; the all-articles build stays.
      const oldest = [...cache.keys()].find((k) => k !== 'all');
      if (oldest) cache.delete(oldest);
    }
    cache.set(key, view);
    return view;
  };
  viewOf(null);
  return {
    view: viewOf,
    reload: async () => {
      articles = await loadArticles();
      loadedAt = new Date().toISOString();
      cache.clear();
      viewOf(null);
    },
    rebuild: () => {
      cache.clear();
      viewOf(null);
    },
    get loadedAt() {
      return loadedAt;
    },
  };
}
