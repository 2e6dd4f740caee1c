// Helpers for the watch tests: temp folders, a real PGlite store, article files, an RSS server on loopback.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveIngestSettings } from '../stages/01-ingest/index.js';
import { openStore } from '../store/open-store.js';
import type { ParleyStore } from '../store/store.js';
import type { WatchContext } from './source-poll.js';

import { withTempDir } from '../stages/01-ingest/ingest-test-kit.js';

export { withTempDir };

/** A temp folder holding an empty `news` folder to watch, removed after `run`. */
export async function withNewsFolder<T>(run: (dir: string, news: string) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const news = join(dir, 'news');
    await mkdir(news);
    return run(dir, news);
  });
}

/** A real PGlite store in `dir`, closed after `run`, with a watch context reading loopback URLs. */
export async function withStore<T>(dir: string, run: (ctx: WatchContext & { store: ParleyStore }) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: join(dir, 'data') });
  try {
    return await run({ store, settings: resolveIngestSettings({ allowPrivateAddresses: true, fetchTimeoutMs: 5000 }), batchSize: 200 });
  } finally {
    await store.close();
  }
}

/** A short news article whose text (and so whose stored id) differs for every `n`. */
export function articleText(n: number): string {
  return `Talks resume in round ${n}\n\nNegotiators from both sides met on Monday for round ${n} of the talks on the minerals deal, officials said. ` +
    `The delegations exchanged draft ${n} and agreed to meet again next week, according to a statement.\n`;
}

/** Writes an article file with an mtime in the past, so it is not taken for one still being written. */
export async function writeArticle(path: string, n: number, ageMs = 10_000): Promise<void> {
  await writeFile(path, articleText(n));
  const then = new Date(Date.now() - ageMs);
  await utimes(path, then, then);
}

export interface FeedItem {
  guid: string;
  title: string;
  body: string;
}

export function feedItem(n: number): FeedItem {
  return { guid: `urn:parley-test:${n}`, title: `Round ${n} of the talks`, body: articleText(n).split('\n\n')[1]! };
}

/** An RSS 2.0 feed whose items carry their full text (content:encoded). */
export function rss(items: readonly FeedItem[]): string {
  const entries = items.map((item) => `<item><guid>${item.guid}</guid><title>${item.title}</title><link>https://wire.example/${encodeURIComponent(item.guid)}</link>` +
    `<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${item.body}</p>]]></content:encoded></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire Service</title><link>https://wire.example</link><description>News</description>\n${entries}\n</channel></rss>`;
}

export interface FeedServer {
  base: string;
  /** The feed's items; push to publish a new one. */
  items: FeedItem[];
  /** Whether the server sends an ETag and honours If-None-Match. */
  etags: boolean;
  /** Responses by status code, and the If-None-Match headers received. */
  served: { 200: number; 304: number; 500: number };
  ifNoneMatch: (string | undefined)[];
  /** When true, the feed answers 500. */
  down: boolean;
}

/** A real HTTP server on 127.0.0.1 serving `/feed.xml` with ETag support, for the length of `run`. */
export async function withFeedServer<T>(items: FeedItem[], run: (feed: FeedServer) => Promise<T>): Promise<T> {
  const feed: FeedServer = { base: '', items, etags: true, served: { 200: 0, 304: 0, 500: 0 }, ifNoneMatch: [], down: false };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.url !== '/feed.xml') return void res.writeHead(404).end('not found');
    if (feed.down) {
      feed.served[500] += 1;
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
    }
    const body = rss(feed.items);
    const etag = `"v${feed.items.length}"`;
    const inm = req.headers['if-none-match'];
    feed.ifNoneMatch.push(inm);
    if (feed.etags && inm === etag) {
      feed.served[304] += 1;
      return void res.writeHead(304, { etag }).end();
    }
    feed.served[200] += 1;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...(feed.etags ? { etag } : {}) }).end(body);
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    return await run(feed);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
