import type { Article } from '../model/article.js';
import { inputIssue } from '../model/issue.js';
import { LAYER_VERSION, docFromLayer, encodeLayer } from '../pipeline/article-layer.js';
import type { ParleyStore } from '../store/store.js';
import { buildModel, type BuildModelOptions, type DealModel } from './build-model.js';
import { decodeModel, encodeModel, modelCacheKey } from './model-cache.js';
import { servedModel, type ServedModel } from './model-thread.js';

export interface StoredModelOptions extends Omit<BuildModelOptions, 'layers'> {
  /** Cache the model when building it took at least this long (ms); a quick build is not worth the space. */
  cacheAfterMs?: number;
  /**
   * Whether the caller reads the per-article documents (the brief cites sentences). Without
   * them a cached model is returned with none, and the stored layers are not even read:
   * they are most of what a read of a large store costs.
   */
  withDocs?: boolean;
}

/** Builds shorter than this are not cached: reading the cache back would save little. */
export const CACHE_AFTER_MS = 1_000;

/**
 * The model of the given stored articles. A model built before from the same articles, options
 * and code is read from the store's cache, with its documents made again from the stored
 * layers. Otherwise it is built from the stored layers, so only articles without a layer of
 * the current version are parsed; those new layers, and the model, are stored for next time.
 * Both are caches: if storing fails the model is still whole, and the failure is reported
 * among the model's issues.
 */
export async function buildStoredModel(store: ParleyStore, articles: readonly Article[], options: StoredModelOptions = {}): Promise<DealModel> {
  const { cacheAfterMs = CACHE_AFTER_MS, withDocs = true, ...buildOptions } = options;
  const started = performance.now();
  const key = modelCacheKey(articles, buildOptions);
  const cached = await readCached(store, key);
  const fromCache = (model: ServedModel, docs: DealModel['docs']): DealModel => ({ ...model, docs, freshLayers: [], stageMs: { ...model.stageMs, cached: performance.now() - started } });
  if (cached && !withDocs) return fromCache(cached, []);
  const layers = await store.listLayers(LAYER_VERSION);
  if (cached && articles.every((a) => layers.has(a.id))) return fromCache(cached, articles.map((a) => docFromLayer(a, layers.get(a.id)!)));
  const model = buildModel(articles, { ...buildOptions, layers });
  // Encoded before any cache problem below joins the model's issues: those belong to this read only.
  const encoded = performance.now() - started >= cacheAfterMs ? encodeModel(servedModel(model)) : null;
  if (model.freshLayers.length > 0) {
    try {
      await store.saveLayers(model.freshLayers.map(encodeLayer));
    } catch (err) {
      model.issues.push(inputIssue(store.location, 'E_LAYER_CACHE', `${store.location}: ${model.freshLayers.length} article layer(s) made but not stored: ${err instanceof Error ? err.message : String(err)}`, 'the model is whole; the next read parses those articles again'));
    }
  }
  if (encoded) {
    try {
      await store.putCachedModel(key, encoded);
    } catch (err) {
      model.issues.push(inputIssue(store.location, 'E_MODEL_CACHE', `${store.location}: the built model was not cached: ${err instanceof Error ? err.message : String(err)}`, 'the model is whole; the next read builds it again'));
    }
  }
  return model;
}

/** A cached model, or null when there is none or it cannot be read (then it is built again). */
async function readCached(store: ParleyStore, key: string): Promise<ServedModel | null> {
  try {
    const bytes = await store.getCachedModel(key);
    return bytes ? decodeModel(bytes) : null;
  } catch {
    return null;
  }
}
