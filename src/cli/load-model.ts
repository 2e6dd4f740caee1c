import type { ParleyConfig } from '../config.js';
import type { DealModel } from '../analysis/build-model.js';
import type { StoredModelOptions } from '../analysis/stored-model.js';
import type { Article } from '../model/article.js';
import { openConfiguredStore } from './open-configured-store.js';

/** Opens the configured store, builds the deal model from its articles, and closes the store. */
export async function loadModel(config: ParleyConfig, select: (articles: Article[]) => Article[] = (a) => a, options: StoredModelOptions = {}): Promise<DealModel & { location: string }> {
  const { buildStoredModel } = await import('../analysis/stored-model.js');
  const store = await openConfiguredStore(config);
  try {
    return { ...(await buildStoredModel(store, select(await store.listArticles()), options)), location: store.location };
  } finally {
    await store.close();
  }
}

/** Cuts a string to `n` characters for a table column, padding short ones. */
export function clip(s: string | null | undefined, n: number): string {
  const v = s ?? '—';
  return v.length > n ? `${v.slice(0, n - 1)}…` : v.padEnd(n);
}
