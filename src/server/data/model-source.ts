import type { ServedModel } from '../../analysis/model-thread.js';
import type { Article } from '../../model/article.js';
import { filterAsOf } from './as-of.js';
import { createModelView, type ModelView } from './model-view.js';

/** Builds the model from articles: on its own thread in the app, anything with this signature in tests. */
export type BuildModel = (articles: readonly Article[]) => ServedModel | Promise<ServedModel>;

/**
 * The model kept in memory: built at start-up, rebuilt on reload, one cached build per as-of
 * date. Builds never hold up a request for another view: until a reload's build is done the
 * model before it is served, and a new as-of date waits only for its own build.
 */
export interface ModelSource {
  /** The newest finished model of all articles. */
  current(): ModelView;
  /** The model as of a date (null: all articles), built on first ask and cached. */
  view(asOf: string | null): Promise<ModelView>;
  /** Reads the articles again and builds anew; the cached dated builds are dropped once it is in place. */
  reload(): Promise<void>;
  /** Builds anew from the articles already read (the issue configuration changed). */
  rebuild(): Promise<void>;
  readonly loadedAt: string;
}

/** Builds per as-of date kept at once; each is a full model, so the cache is bounded. */
const MAX_CACHED_DATES = 16;

export async function createModelSource(loadArticles: () => Promise<Article[]>, build: BuildModel): Promise<ModelSource> {
  // One build at a time, in the order asked: each is a whole model, and builds side by side
  // would only share the same cores; the order also makes the last reload the one that stays.
  let queue: Promise<unknown> = Promise.resolve();
  const buildView = (list: readonly Article[], date: string | null): Promise<ModelView> => {
    const run = async (): Promise<ModelView> => {
      const { kept, info } = filterAsOf(list, date);
      return createModelView(await build(kept), info);
    };
    const result = queue.then(run, run);
    queue = result.catch(() => {});
    return result;
  };

  let articles = await loadArticles();
  let latest = await buildView(articles, null);
  let loadedAt = new Date().toISOString();
  // Promises, so a date asked again while it builds shares the one build.
  const dated = new Map<string, Promise<ModelView>>();

  const replace = async (list: Article[]): Promise<void> => {
    const next = await buildView(list, null);
    articles = list;
    latest = next;
    loadedAt = new Date().toISOString();
    dated.clear();
  };

  return {
    current: () => latest,
    view: (date) => {
      if (date === null) return Promise.resolve(latest);
      const hit = dated.get(date);
      if (hit) return hit;
      if (dated.size >= MAX_CACHED_DATES) {
        const oldest = dated.keys().next();
        if (!oldest.done) dated.delete(oldest.value);
      }
      const pending = buildView(articles, date);
      dated.set(date, pending);
      // A failed build is reported to its asker and not kept, so the next ask tries again.
      pending.catch(() => { if (dated.get(date) === pending) dated.delete(date); });
      return pending;
    },
    reload: async () => replace(await loadArticles()),
    rebuild: () => replace(articles),
    get loadedAt() {
      return loadedAt;
    },
  };
}
