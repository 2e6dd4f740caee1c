// Helpers for this stage's tests: temp folders, a local HTTP server, collecting items.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { InputIssue } from '../../model/issue.js';
import type { Page } from '../../model/page.js';
import type { IngestItem } from './ingest-item.js';
import type { IngestOptions } from './ingest-options.js';
import { readInputs } from './read-inputs.js';

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-ingest-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

export interface Collected {
  items: IngestItem[];
  pages: Page[];
  issues: InputIssue[];
}

export async function collect(inputs: string[], options: IngestOptions = {}): Promise<Collected> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return {
    items,
    pages: items.flatMap((i) => (i.kind === 'page' ? [i.page] : [])),
    issues: items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : [])),
  };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 serving `routes` by path; 404 for the rest. */
export async function withServer<T>(routes: Record<string, Handler>, run: (base: string) => Promise<T>): Promise<T> {
  const server: Server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await run(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export function serve(contentType: string | null, body: string | Uint8Array, status = 200): Handler {
  return (_req, res) => {
    const headers: Record<string, string | number> = { 'content-length': Buffer.byteLength(body) };
    if (contentType !== null) headers['content-type'] = contentType;
    res.writeHead(status, headers).end(body);
  };
}

/** An RSS 2.0 feed: a full item, a summary-only item and an empty one. */
export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire Service</title><link>https://wire.example</link><description>News</description>
<item><title>Deal signed</title><link>https://wire.example/deal</link><pubDate>Fri, 28 Feb 2025 23:30:00 -0500</pubDate>
<dc:creator>Jane Roe</dc:creator><description>Short summary.</description>
<content:encoded><![CDATA[<p>Full “story” paragraph one.</p><p>Paragraph two.</p><script>SCRIPT</script>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://wire.example/summary</link><description>Talks &amp; more talks.</description></item>
<item><title>Nothing at all</title></item>
</channel></rss>`;

/** An Atom feed: an entry with HTML content and one with a summary only. */
export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><id>urn:x</id><updated>2025-03-01T00:00:00Z</updated>
<entry><title>Entry one</title><link href="https://atom.example/1"/><id>urn:1</id><published>2025-03-01T22:00:00-08:00</published>
<author><name>Ann Author</name></author><content type="html">&lt;p&gt;Atom body.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content></entry>
<entry><title>Entry two</title><link href="https://atom.example/2"/><id>urn:2</id><updated>2025-03-02T10:00:00Z</updated><summary>Just a summary.</summary></entry>
</feed>`;
