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
  /** Encode the model for the cache when building took at least this long (ms); unset: never. */
  cacheAfterMs?: number;
}

/**
 * The model a long-running reader keeps: without the per-article documents and fresh layers,
 * which no page reads and which are most of the model's size (2,091 BBC articles: 87 MB as a
 * structured clone with them, 34 MB without).
 */
export type ServedModel = Omit<DealModel, 'docs' | 'freshLayers'>;

export function servedModel(model: DealModel): ServedModel {
  const { docs: _docs, freshLayers: _fresh, ...kept } = model;
  return kept;
}

/** A model built on its thread, with its cache encoding when asked for and worth it. */
export interface ThreadModel {
  model: ServedModel;
  encoded: Uint8Array | null;
}

/** What the thread is given: a model to build, or a cached one (model-cache.ts) to read. */
export type ThreadTask = ({ kind: 'build' } & ModelTask) | { kind: 'read'; cached: Uint8Array };

/** The thread's answer: the model (and its encoding), null for a cached model it could not read, or the error. */
export type ThreadReply = { built: ThreadModel } | { read: ServedModel | null } | { error: string };

const WORKER_URL = new URL('./model-thread-worker.js', import.meta.url);

/**
 * Builds the model on a worker thread, so the caller's event loop stays free: the build is
 * synchronous JavaScript of seconds to minutes (8 s on 2,091 BBC articles, over a minute on
 * 3,947 AllSides ones), and a server building on its own thread answers nothing meanwhile.
 * Encoding it for the cache happens there too; only copying the model back runs here.
 */
export async function buildModelOffThread(task: ModelTask): Promise<ThreadModel> {
  const reply = await runThread({ kind: 'build', ...task });
  if ('built' in reply) return reply.built;
  throw new Error('the model thread answered a build with no model');
}

/** Reads a cached model on a worker thread (unzipping and parsing tens of MB); null when it cannot be read. */
export async function readModelOffThread(cached: Uint8Array): Promise<ServedModel | null> {
  const reply = await runThread({ kind: 'read', cached });
  return 'read' in reply ? reply.read : null;
}

function runThread(task: ThreadTask): Promise<Exclude<ThreadReply, { error: string }>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER_URL, { workerData: task, execArgv: workerExecArgv() });
    worker.once('message', (reply: ThreadReply) => {
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
