import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NO_ISSUES_CONFIG } from '../config/issues-config.js';
import type { Article } from '../model/article.js';
import { LAYER_VERSION } from '../pipeline/article-layer.js';
import type { BuildModelOptions } from './build-model.js';
import { codeFingerprint } from './code-fingerprint.js';
import type { ServedModel } from './model-thread.js';

/**
 * The key of a built model: Parley's code, the layers' version, the options and the articles.
 * Article ids are hashes of their content, so the same ids are the same texts.
 */
export function modelCacheKey(articles: readonly Article[], options: Omit<BuildModelOptions, 'layers'>): string {
  const hash = createHash('sha256');
  // No configuration and the empty one are the same model.
  const issues = options.issues && JSON.stringify(options.issues) !== JSON.stringify(NO_ISSUES_CONFIG) ? options.issues : null;
  hash.update(JSON.stringify({ code: codeFingerprint(), layers: LAYER_VERSION, asOf: options.asOf ?? null, issues }));
  for (const id of articles.map((a) => a.id).sort()) hash.update(`\n${id}`);
  return hash.digest('hex');
}

/** The model as cached: without the documents (rebuilt from the stored layers) and fresh layers. */
export function encodeModel(model: ServedModel): Uint8Array {
  // Level 1: most of gzip's size gain for a fraction of its time (the JSON is tens of MB).
  return gzipSync(JSON.stringify(model), { level: 1 });
}

export function decodeModel(bytes: Uint8Array): ServedModel {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as ServedModel;
}
