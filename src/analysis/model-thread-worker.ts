/**
 * The thread of one model build (model-thread.ts): parses the stored layers, builds the model
 * and posts it back without the parts a reader does not keep.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleLayer } from '../model/article-layer.js';
import { buildModel } from './build-model.js';
import type { ModelReply, ModelTask } from './model-thread.js';

function build(task: ModelTask): ModelReply {
  try {
    const layers = new Map<string, ArticleLayer>();
    for (const [id, text] of task.layerTexts) layers.set(id, JSON.parse(text) as ArticleLayer);
    const { docs: _docs, freshLayers: _fresh, ...model } = buildModel(task.articles, { issues: task.issues, layers });
    return { model };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort) parentPort.postMessage(build(workerData as ModelTask));
