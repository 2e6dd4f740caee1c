import type { Article } from '../model/article.js';
import { inputIssue } from '../model/issue.js';
import { LAYER_VERSION, encodeLayer } from '../pipeline/article-layer.js';
import type { ParleyStore } from '../store/store.js';
import { buildModel, type BuildModelOptions, type DealModel } from './build-model.js';

/**
 * Builds the model of the given stored articles from their stored layers, so only articles
 * without a layer of the current version are parsed; those new layers are stored for next
 * time. Storing them is a cache: if it fails the model is still whole, and the failure is
 * reported among the model's issues.
 */
export async function buildStoredModel(store: ParleyStore, articles: readonly Article[], options: Omit<BuildModelOptions, 'layers'> = {}): Promise<DealModel> {
  const layers = await store.listLayers(LAYER_VERSION);
  const model = buildModel(articles, { ...options, layers });
  if (model.freshLayers.length > 0) {
    try {
      await store.saveLayers(model.freshLayers.map(encodeLayer));
    } catch (err) {
      model.issues.push(inputIssue(store.location, 'E_LAYER_CACHE', `${store.location}: ${model.freshLayers.length} article layer(s) made but not stored: ${err instanceof Error ? err.message : String(err)}`, 'the model is whole; the next read parses those articles again'));
    }
  }
  return model;
}
