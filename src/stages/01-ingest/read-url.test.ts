import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ATOM, collect, RSS, serve, withServer, type Handler } from './ingest-test-kit.js';

const LOCAL = { allowPrivateAddresses: true };
const HTML = '<html><head><title>Served page</title><link rel="canonical" href="https://news.example/a"></head><body><p>Served paragraph.</p></body></html>';

const formats: [name: string, route: Handler, expected: { format: string; text: string; url?: string | null }[]][] = [
  ['text/html', serve('text/html; charset=utf-8', HTML), [{ format: 'html', text: 'Served paragraph.', url: 'https://news.example/a' }]],
  ['text/plain', serve('text/plain', 'Line one\r\nLine two'), [{ format: 'text', text: 'Line one\nLine two' }]],
  ['text/plain for a .md path', serve('text/plain', '# Title\n\nBody'), [{ format: 'markdown', text: 'Title\nBody' }]],
  ['text/markdown', serve('text/markdown', '*Emphasis*'), [{ format: 'markdown', text: 'Emphasis' }]],
  ['application/json', serve('application/json', '[{"text": "a"}, {"text": "b"}]'), [{ format: 'text', text: 'a' }, { format: 'text', text: 'b' }]],
  ['application/x-ndjson', serve('application/x-ndjson', '{"text": "a"}\n{"text": "b"}'), [{ format: 'text', text: 'a' }, { format: 'text', text: 'b' }]],
  ['application/rss+xml', serve('application/rss+xml', RSS), [{ format: 'html', text: 'Full “story” paragraph one.\nParagraph two.' }, { format: 'html', text: 'Talks & more talks.' }]],
  ['an Atom feed sent as text/html', serve('text/html', ATOM), [{ format: 'html', text: 'Atom body.\nSecond.' }, { format: 'text', text: 'Just a summary.' }]],
  ['no content type, HTML inside', serve(null, '<!DOCTYPE html><p>Sniffed</p>'), [{ format: 'html', text: 'Sniffed' }]],
  ['a declared Latin-1 charset', serve('text/plain; charset=iso-8859-1', Buffer.from([0x31, 0xa3])), [{ format: 'text', text: '1£' }]],
  ['gzip content encoding', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('Zipped text')), [{ format: 'text', text: 'Zipped text' }]],
];

for (const [name, route, expected] of formats) {
  test(`readInputs fetches a URL: ${name}`, async () => {
    await withServer({ '/doc': route, '/doc.md': route }, async (base) => {
      const url = `${base}${name.includes('.md') ? '/doc.md' : '/doc'}`;
      const { pages, issues } = await collect([url], LOCAL);
      assert.deepEqual(issues.filter((i) => i.code !== 'E_EMPTY'), []);
      assert.deepEqual(pages.map((p) => ({ format: p.format, text: p.text })), expected.map(({ format, text }) => ({ format, text })));
      for (const [i, want] of expected.entries()) {
        if (want.url !== undefined) assert.equal(pages[i]!.given.url, want.url);
      }
      if (expected.length === 1 && !name.includes('json')) assert.equal(pages[0]!.source, url);
    });
  });
}

test('readInputs: a fetched page without a canonical link keeps its URL (after redirects)', async () => {
  await withServer({
    '/old': (_req, res) => res.writeHead(301, { location: '/new' }).end(),
    '/new': serve('text/html', '<p>Moved here.</p>'),
  }, async (base) => {
    const { pages } = await collect([`${base}/old`], LOCAL);
    assert.equal(pages[0]!.source, `${base}/old`);
    assert.equal(pages[0]!.given.url, `${base}/new`);
  });
});

test('readInputs refuses 127.0.0.1 and localhost by default, before any request is sent', async () => {
  let requests = 0;
  await withServer({ '/': (_req, res) => { requests += 1; res.end('hi'); } }, async (base) => {
    const named = base.replace('127.0.0.1', 'localhost');
    const { pages, issues } = await collect([`${base}/`, `${named}/`]);
    assert.equal(pages.length, 0);
    assert.deepEqual(issues.map((i) => i.code), ['E_PRIVATE_ADDRESS', 'E_PRIVATE_ADDRESS']);
    assert.match(issues[0]!.message, /: refused: 127\.0\.0\.1 is a loopback address$/);
    assert.match(issues[0]!.hint ?? '', /allowPrivateAddresses/);
    assert.equal(requests, 0);
  });
});

test('readInputs sends the configured User-Agent', async () => {
  let agent = '';
  await withServer({ '/': (req, res) => { agent = req.headers['user-agent'] ?? ''; res.end('ok'); } }, async (base) => {
    await collect([`${base}/`], { ...LOCAL, userAgent: 'ParleyTest/1' });
    assert.equal(agent, 'ParleyTest/1');
  });
});

const failures: [name: string, route: Handler, code: string, message: RegExp, options?: { maxBytes?: number; fetchTimeoutMs?: number }][] = [
  ['HTTP 404', serve('text/plain', 'gone', 404), 'E_FETCH', /: HTTP 404 Not Found$/],
  ['HTTP 500', serve('text/plain', 'oops', 500), 'E_FETCH', /: HTTP 500 Internal Server Error$/],
  ['a server that never answers', () => {}, 'E_FETCH', /: timed out after 0\.2 s$/, { fetchTimeoutMs: 200 }],
  ['a Content-Length over the limit', serve('text/plain', 'x'.repeat(5000)), 'E_TOO_LARGE', /: 4\.9 KiB \(Content-Length\) is over the 1\.0 KiB limit$/, { maxBytes: 1024 }],
  ['an endless stream', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => { if (!res.write('y'.repeat(16 * 1024))) return; }, 1);
    res.on('close', () => clearInterval(timer));
  }, 'E_TOO_LARGE', /: the response passed the 64\.0 KiB limit; stopped reading$/, { maxBytes: 64 * 1024 }],
  ['a gzip bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('z'.repeat(5_000_000))), 'E_TOO_LARGE', /passed the 1\.0 MiB limit/, { maxBytes: 1024 * 1024 }],
  ['an unknown content encoding', (_req, res) => res.writeHead(200, { 'content-encoding': 'compress' }).end('x'), 'E_FETCH', /unsupported Content-Encoding compress/],
  ['a redirect loop', (_req, res) => res.writeHead(302, { location: '/doc' }).end(), 'E_FETCH', /: more than 5 redirects$/],
  ['a redirect to ftp', (_req, res) => res.writeHead(302, { location: 'ftp://example.com/x' }).end(), 'E_SCHEME', /redirected to unsupported URL scheme ftp:/],
  ['an empty body', serve('text/plain', ''), 'E_EMPTY', /the input is empty/],
  ['binary content', serve('application/octet-stream', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0])), 'E_BINARY', /NUL bytes/],
];

for (const [name, route, code, message, options] of failures) {
  test(`readInputs reports ${name} as ${code}`, async () => {
    await withServer({ '/doc': route }, async (base) => {
      const started = performance.now();
      const url = `${base}/doc`;
      const { pages, issues } = await collect([url], { ...LOCAL, ...options });
      assert.equal(pages.length, 0);
      assert.equal(issues.length, 1);
      assert.equal(issues[0]!.code, code);
      assert.equal(issues[0]!.input, url);
      assert.match(issues[0]!.message, message);
      assert.ok(issues[0]!.message.startsWith(`${url}: `));
      assert.ok(performance.now() - started < 3000);
    });
  });
}

test('readInputs reports a refused connection and a failed DNS lookup as E_FETCH', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const { issues } = await collect([`http://127.0.0.1:${port}/`, 'http://no-such-host.invalid/'], LOCAL);
  assert.deepEqual(issues.map((i) => i.code), ['E_FETCH', 'E_FETCH']);
  assert.match(issues[0]!.message, /: connection refused$/);
  assert.match(issues[1]!.message, /: DNS lookup of no-such-host\.invalid failed \(ENOTFOUND|EAI_AGAIN/);
});

test('readInputs follows short feed items to their pages only when followFeedLinks is set', async () => {
  await withServer({
    '/feed': (req, res) => {
      const base = `http://${req.headers.host}`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Local Feed</title>
        <item><title>Item A</title><link>${base}/a</link><description>Teaser A.</description><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate></item>
        <item><title>Item B</title><link>${base}/missing</link><description>Teaser B.</description></item></channel></rss>`);
    },
    '/a': serve('text/html', '<html><head><title>Page A</title></head><body><p>The whole article A.</p></body></html>'),
  }, async (base) => {
    const plain = await collect([`${base}/feed`], LOCAL);
    assert.deepEqual(plain.pages.map((p) => p.text), ['Teaser A.', 'Teaser B.']);
    const followed = await collect([`${base}/feed`], { ...LOCAL, followFeedLinks: true });
    assert.deepEqual(followed.pages.map((p) => [p.source, p.text]), [[`${base}/a`, 'The whole article A.'], [`${base}/feed#2`, 'Teaser B.']]);
    assert.deepEqual(followed.pages[0]!.given, { url: `${base}/a`, outlet: 'Local Feed', title: 'Page A', published: '2025-03-03', author: null });
    assert.deepEqual(followed.issues.map((i) => [i.code, i.input]), [['E_FETCH', `${base}/missing`]]);
  });
});
