/**
 * The thread of one model (model-thread.ts): reads the cached model when it is given and
 * readable, else parses the stored layers and builds the model; posts it back without the
 * parts a reader does not keep, with its cache encoding when asked for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleLayer } from '../model/article-layer.js';
import { buildModel } from './build-model.js';
import { decodeModel, encodeModel } from './model-cache.js';
import type { ModelReply, ModelTask } from './model-thread.js';

function run(task: ModelTask): ModelReply {
  try {
    if (task.cached) {
      try {
        return { model: decodeModel(task.cached), encoded: null };
      } catch {
        // An unreadable entry is built anew below, and replaced by the caller.
      }
    }
    const started = performance.now();
    const layers = new Map<string, ArticleLayer>();
    for (const [id, text] of task.layerTexts) layers.set(id, JSON.parse(text) as ArticleLayer);
    const built = buildModel(task.articles, { issues: task.issues, layers });
    const encoded = task.cacheAfterMs !== undefined && performance.now() - started >= task.cacheAfterMs ? encodeModel(built) : null;
    const { docs: _docs, freshLayers: _fresh, ...model } = built;
    return { model, encoded };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort) parentPort.postMessage(run(workerData as ModelTask));
