import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const require = createRequire(import.meta.url);
// dist/server/http and src/server/http sit at the same depth, so this finds src/server/static from either.
const OWN = fileURLToPath(new URL('../../../src/server/static/', import.meta.url));

interface Asset {
  file: () => string;
  type: string;
  /** Vendored libraries never change within an install; our own files may, while developing. */
  cache: string;
}

const own = (name: string, type: string): Asset => ({ file: () => join(OWN, name), type, cache: 'no-cache' });
const vendor = (resolve: () => string): Asset => ({ file: resolve, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=86400' });

/** Every file the pages load, by URL: a fixed list, so no request can name a path on disk. */
export const STATIC_ASSETS: Readonly<Record<string, Asset>> = {
  '/static/app.css': own('app.css', 'text/css; charset=utf-8'),
  '/static/favicon.svg': own('favicon.svg', 'image/svg+xml'),
  '/static/outlook-chart.js': own('outlook-chart.js', 'text/javascript; charset=utf-8'),
  '/static/events-chart.js': own('events-chart.js', 'text/javascript; charset=utf-8'),
  '/static/actor-network.js': own('actor-network.js', 'text/javascript; charset=utf-8'),
  '/static/article-highlight.js': own('article-highlight.js', 'text/javascript; charset=utf-8'),
  '/static/vendor/chart.umd.js': vendor(() => join(dirname(require.resolve('chart.js')), 'chart.umd.js')),
  '/static/vendor/cytoscape.min.js': vendor(() => require.resolve('cytoscape/dist/cytoscape.min.js')),
};

/** Serves the static assets from memory, read once on first request. */
export function registerStaticAssets(app: Hono): void {
  const loaded = new Map<string, Buffer>();
  for (const [path, asset] of Object.entries(STATIC_ASSETS)) {
    app.get(path, (c) => {
      let body = loaded.get(path);
      if (!body) {
        body = readFileSync(asset.file());
        loaded.set(path, body);
      }
      return c.body(new Uint8Array(body), 200, { 'Content-Type': asset.type, 'Cache-Control': asset.cache });
    });
  }
}
