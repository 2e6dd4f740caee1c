import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { buildModelOffThread, readModelOffThread, type ServedModel } from '../analysis/model-thread.js';
import { modelCacheKey } from '../analysis/model-cache.js';
import { CACHE_AFTER_MS } from '../analysis/stored-model.js';
import type { IssuesConfig } from '../config/issues-config.js';
import type { ParleyConfig } from '../config.js';
import type { ParleyStore } from '../store/store.js';
import { createApp } from './app.js';
import { createIssuesState, type IssuesState } from './data/issues-state.js';
import { createModelSource, type ModelSource } from './data/model-source.js';
import { createStoreAccess, type StoreAccess } from './data/store-access.js';
import type { Article } from '../model/article.js';
import { LAYER_VERSION } from '../pipeline/article-layer.js';

export interface Listening {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Serves an app over real HTTP with @hono/node-server; port 0 picks a free port. */
export async function listen(app: Hono, host: string, port: number): Promise<Listening> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  const bound = (server.address() as AddressInfo).port;
  // IPv6 literals need brackets in a URL.
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  return {
    url,
    port: bound,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Browsers keep connections alive; without this, close waits for them to time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
    }),
  };
}

export interface ServeOptions {
  config: ParleyConfig;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Opens the store for one read or write; it is closed again so `parley ingest` can write while the server runs. */
  openStore: () => Promise<ParleyStore>;
  /** Seconds between looks at the store's article count; when it changed (`parley watch`, `parley worker` wrote), the model is reloaded. 0: never. */
  refreshSeconds?: number;
  /** Told of each reload the refresh made, or of its failure. */
  onRefresh?: (outcome: { articles: number } | { error: string }) => void;
  /** Cache a model whose build took at least this long (ms); by default the CLI's threshold. */
  modelCacheAfterMs?: number;
}

export interface RunningServer extends Listening {
  host: string;
  source: ModelSource;
  issues: IssuesState;
}

/** Builds the model once, then serves the app over HTTP on host:port until closed. */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const store = createStoreAccess(o.openStore);
  const issues = createIssuesState(o.config.issuesFile);
  // The issue configuration is read at each build, so PUT /api/config/issues only needs a rebuild.
  // Stored layers are read with the articles, so a build parses only articles stored without one;
  // they stay JSON text here and are parsed on the build's own thread.
  let layerTexts: ReadonlyMap<string, string> = new Map();
  const loadArticles = (): Promise<Article[]> => store.use(async (s) => {
    layerTexts = await s.listLayerTexts(LAYER_VERSION);
    return s.listArticles();
  });
  const source = await createModelSource(loadArticles, (articles) => buildServedModel(store, articles, layersOf(articles, layerTexts), issues.current(), o.modelCacheAfterMs ?? CACHE_AFTER_MS));
  let port = o.port;
  const app = createApp({ source, config: o.config, serverAddress: () => ({ host: o.host, port }), writes: { store, issues } });
  const listening = await listen(app, o.host, o.port);
  port = listening.port;
  const stopRefresh = o.refreshSeconds ? refreshOnChange(source, () => store.use((s) => s.stats()).then((x) => x.articles), o.refreshSeconds, o.onRefresh) : () => {};
  return { ...listening, close: () => { stopRefresh(); return listening.close(); }, host: o.host, source, issues };
}

/**
 * A model on its own thread, read from the store's model cache when it holds this one (a
 * restart over an unchanged store does not build again), else built there and cached.
 */
async function buildServedModel(store: StoreAccess, articles: readonly Article[], layerTexts: ReadonlyMap<string, string>, issues: IssuesConfig, cacheAfterMs: number): Promise<ServedModel> {
  const key = modelCacheKey(articles, { issues });
  // The cache only saves time: a store that cannot answer for it gets a build.
  const cached = await store.use((s) => s.getCachedModel(key)).catch(() => null);
  const read = cached ? await readModelOffThread(cached) : null;
  if (read) return read;
  // The layers go to a thread only to build (224 MB of text for 3,947 AllSides articles).
  const { model, encoded } = await buildModelOffThread({ articles, layerTexts, issues, cacheAfterMs });
  if (encoded) await store.use((s) => s.putCachedModel(key, encoded)).catch(() => {});
  return model;
}

/** The layers of just these articles (an as-of build needs only its own, and each is copied to the build's thread). */
function layersOf(articles: readonly Article[], all: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (articles.length === all.size) return all;
  const some = new Map<string, string>();
  for (const a of articles) {
    const text = all.get(a.id);
    if (text !== undefined) some.set(a.id, text);
  }
  return some;
}

/**
 * Reloads the model when the stored article count changes: the cheap question a writer in
 * another process (watch, worker, ingest) answers, so the dashboard follows the store.
 */
function refreshOnChange(source: ModelSource, count: () => Promise<number>, seconds: number, told: ServeOptions['onRefresh'] = () => {}): () => void {
  let known = source.current().model.articles.length;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    count()
      .then(async (n) => {
        if (n === known) return;
        await source.reload();
        known = n;
        told({ articles: source.current().model.articles.length });
      })
      .catch((err: unknown) => told({ error: err instanceof Error ? err.message : String(err) }))
      .finally(() => { busy = false; });
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
