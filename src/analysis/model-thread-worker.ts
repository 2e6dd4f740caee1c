/**
 * The thread of one model (model-thread.ts): builds it from the stored layers, or reads a
 * cached one, and posts it back without the parts a reader does not keep.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleLayer } from '../model/article-layer.js';
import { buildModel } from './build-model.js';
import { decodeModel, encodeModel } from './model-cache.js';
import { servedModel, type ModelTask, type ThreadReply, type ThreadTask } from './model-thread.js';

function build(task: ModelTask): ThreadReply {
  const started = performance.now();
  const layers = new Map<string, ArticleLayer>();
  for (const [id, text] of task.layerTexts) layers.set(id, JSON.parse(text) as ArticleLayer);
  const built = buildModel(task.articles, { issues: task.issues, layers });
  const model = servedModel(built);
  const encoded = task.cacheAfterMs !== undefined && performance.now() - started >= task.cacheAfterMs ? encodeModel(model) : null;
  return { built: { model, encoded } };
}

function read(cached: Uint8Array): ThreadReply {
  try {
    return { read: decodeModel(cached) };
  } catch {
    // An entry that cannot be read is a miss: the caller builds and replaces it.
    return { read: null };
  }
}

function run(task: ThreadTask): ThreadReply {
  try {
    return task.kind === 'read' ? read(task.cached) : build(task);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort) parentPort.postMessage(run(workerData as ThreadTask));
