import { Worker } from 'node:worker_threads';
import type { IssuesConfig } from '../config/issues-config.js';
import type { Article } from '../model/article.js';
import type { DealModel } from './build-model.js';
import { workerExecArgv } from '../pipeline/worker-argv.js';

/** What a model build on its own thread needs. */
export interface ModelTask {
  articles: readonly Article[];
  /** Stored layers as their JSON text by article id: parsed on the build's thread, not the caller's. */
  layerTexts: ReadonlyMap<string, string>;
  issues?: IssuesConfig;
  /** The cached model of these articles (model-cache.ts): read instead of built, unless it cannot be read. */
  cached?: Uint8Array | null;
  /** Encode a model built here for the cache when building took at least this long (ms); unset: never. */
  cacheAfterMs?: number;
}

/**
 * The model a long-running reader keeps: without the per-article documents and fresh layers,
 * which no page reads and which are most of the model's size (2,091 BBC articles: 87 MB as a
 * structured clone with them, 34 MB without).
 */
export type ServedModel = Omit<DealModel, 'docs' | 'freshLayers'>;

/** A model from its thread, with its cache encoding when it was built there and worth caching. */
export interface ThreadModel {
  model: ServedModel;
  encoded: Uint8Array | null;
}

export type ModelReply = ThreadModel | { error: string };

const WORKER_URL = new URL('./model-thread-worker.js', import.meta.url);

/**
 * Builds the model on a worker thread, so the caller's event loop stays free: the build is
 * synchronous JavaScript of seconds to minutes (8 s on 2,091 BBC articles, over a minute on
 * 3,947 AllSides ones), and a server building on its own thread answers nothing meanwhile.
 * Reading a cached model and encoding a new one for the cache happen there too. Only copying
 * the finished model back runs on the caller's thread.
 */
export function buildModelOffThread(task: ModelTask): Promise<ThreadModel> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER_URL, { workerData: task, execArgv: workerExecArgv() });
    worker.once('message', (reply: ModelReply) => {
      settled = true;
      if ('error' in reply) reject(new Error(`the model build failed: ${reply.error}`));
      else resolve(reply);
    });
    worker.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the model build's thread failed: ${err.message}`));
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the model build's thread exited with code ${code} before the model was made`));
    });
  });
}
