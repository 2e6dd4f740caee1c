import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiErrorBody } from './http/api-error.js';
import { IngestFailure, IngestResponse } from './api/ingest-outcome.js';
import { createCorpusTemplate, type CorpusTemplate, type TestServer } from './testing/served-corpus.js';

const TOKEN = 'parley-test-token-0f3a9c';
const STORY = 'Negotiators said on Thursday that the minerals deal was signed in Washington after months of talks between Kyiv and the United States.';

interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
}

async function send(url: string, init: RequestInit = {}): Promise<Sent> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith('{') ? JSON.parse(text) : text };
}

const post = (server: TestServer, body: string, type: string, query = '', token: string | null = TOKEN): Promise<Sent> =>
  send(`${server.url}/api/ingest${query}`, { method: 'POST', body, headers: { 'Content-Type': type, ...(token === null ? {} : { Authorization: `Bearer ${token}` }) } });

const errorCode = (sent: Sent): string => ApiErrorBody.parse(sent.body).code;

async function articleTotal(server: TestServer): Promise<number> {
  return ((await send(`${server.url}/index.json`)).body as { articles: { total: number } }).articles.total;
}

describe('the write API, over real HTTP on loopback', () => {
  let corpus: CorpusTemplate;
  before(async () => {
    corpus = await createCorpusTemplate();
  });
  after(() => corpus.remove());

  describe('read-only by default: no token configured', () => {
    let server: TestServer;
    before(async () => {
      server = await corpus.serve({ apiToken: null });
    });
    after(async () => server.close());

    it('answers 403 E_WRITES_DISABLED to ingest and to the issue configuration, even with a token, and stores nothing', async () => {
      for (const token of [null, TOKEN]) {
        const ingest = await post(server, STORY, 'text/plain', '', token);
        assert.equal(ingest.status, 403);
        assert.equal(errorCode(ingest), 'E_WRITES_DISABLED');
        assert.match(ApiErrorBody.parse(ingest.body).error, /--token/);
        const put = await send(`${server.url}/api/config/issues`, { method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
        assert.equal(put.status, 403);
      }
      assert.equal(await articleTotal(server), corpus.articles);
    });

    it('keeps serving pages, and /-/config.json says writes are off', async () => {
      assert.equal((await send(`${server.url}/`)).status, 200);
      const config = (await send(`${server.url}/-/config.json`)).body as { config: { apiToken: string | null } };
      assert.equal(config.config.apiToken, null);
    });
  });

  describe('with a token', () => {
    let server: TestServer;
    const MAX = 64 * 1024;
    before(async () => {
      server = await corpus.serve({ apiToken: TOKEN, maxBytes: MAX, issuesFile: join(corpus.dir, 'issues.json') });
    });
    after(async () => server.close());

    it('a missing or wrong token is 401 with WWW-Authenticate, and nothing is stored', async () => {
      for (const token of [null, 'wrong', `${TOKEN}x`, TOKEN.slice(0, -1), TOKEN.toUpperCase()]) {
        const sent = await post(server, STORY, 'text/plain', '', token);
        assert.equal(sent.status, 401, String(token));
        assert.equal(errorCode(sent), 'E_UNAUTHORIZED');
        assert.match(sent.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
      const basic = await send(`${server.url}/api/ingest`, { method: 'POST', body: STORY, headers: { 'Content-Type': 'text/plain', Authorization: `Basic ${TOKEN}` } });
      assert.equal(basic.status, 401);
      assert.equal(await articleTotal(server), corpus.articles);
    });

    it('the right token stores a text body under ?name=, and the served model shows the new article at once', async () => {
      const sent = await post(server, STORY, 'text/plain; charset=utf-8', '?name=wire/deal-signed.txt');
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      const reply = IngestResponse.parse(sent.body);
      assert.deepEqual([reply.pagesNew, reply.articlesNew, reply.complete], [1, 1, true]);
      assert.equal(reply.stored[0]?.source, 'wire/deal-signed.txt');
      assert.equal(reply.modelArticles, corpus.articles + 1);
      assert.equal(await articleTotal(server), corpus.articles + 1);
      const sources = (await send(`${server.url}/sources.json`)).body as { articles: { id: string; source: string }[] };
      const row = sources.articles.find((a) => a.source === 'wire/deal-signed.txt');
      assert.ok(row, 'the article is listed on /sources.json');
      const article = (await send(`${server.url}/articles/${row.id}.json`)).body as { article: { text: string } };
      assert.match(article.article.text, /minerals deal was signed in Washington/);
    });

    it('the same content again stores nothing new and says so', async () => {
      const reply = IngestResponse.parse((await post(server, STORY, 'text/plain', '?name=again')).body);
      assert.deepEqual([reply.pagesNew, reply.pagesExisting, reply.articlesNew, reply.articlesExisting], [0, 1, 0, 1]);
      assert.equal(await articleTotal(server), corpus.articles + 1);
    });

    it('reads HTML, Markdown and JSONL bodies by their Content-Type; a bad record is an issue beside the stored ones', async () => {
      const html = await post(server, `<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>${STORY.replace('signed', 'discussed')}</p></article></body></html>`, 'text/html', '?name=page.html');
      assert.equal(IngestResponse.parse(html.body).articlesNew, 1);
      const md = await post(server, `# Second round\n\n${STORY.replace('Thursday', 'Friday')}`, 'text/markdown', '?name=notes.md');
      assert.equal(IngestResponse.parse(md.body).articlesNew, 1);
      const jsonl = [JSON.stringify({ title: 'Third', outlet: 'Test Wire', published: '2025-05-02', text: STORY.replace('Kyiv', 'Ukraine') }), JSON.stringify({ title: 'no text' })].join('\n');
      const reply = IngestResponse.parse((await post(server, jsonl, 'application/x-ndjson', '?name=feed.jsonl')).body);
      assert.equal(reply.articlesNew, 1);
      assert.equal(reply.complete, false);
      assert.deepEqual(reply.issues.map((i) => i.code), ['E_BAD_RECORD']);
      assert.equal(await articleTotal(server), corpus.articles + 4);
    });

    it('a body that gives no page is 422 with the CLI issue code; an unknown Content-Type is 415', async () => {
      const bad = await post(server, '{"title": "broken', 'application/json');
      assert.equal(bad.status, 422);
      const failure = IngestFailure.parse(bad.body);
      assert.equal(failure.code, 'E_BAD_JSON');
      assert.equal(failure.issues[0]?.code, 'E_BAD_JSON');
      const empty = await post(server, '   ', 'text/plain');
      assert.equal(IngestFailure.parse(empty.body).code, 'E_EMPTY');
      const image = await post(server, 'GIF89a', 'image/gif');
      assert.equal(image.status, 415);
      assert.equal(errorCode(image), 'E_MEDIA_TYPE');
    });

    it('a body over the limit is 413, whether it declares its length or streams it', async () => {
      const big = 'x'.repeat(MAX + 1);
      const declared = await post(server, big, 'text/plain');
      assert.equal(declared.status, 413);
      assert.equal(errorCode(declared), 'E_TOO_LARGE');
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(MAX / 2)));
          controller.close();
        },
      });
      const streamed = await send(`${server.url}/api/ingest`, { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` } } as RequestInit);
      assert.equal(streamed.status, 413);
      const justUnder = await post(server, `${STORY}\n${'Talks went on. '.repeat(Math.floor((MAX - STORY.length - 10) / 15))}`, 'text/plain', '?name=just-under');
      assert.equal(justUnder.status, 200, 'a body within the limit is read');
    });

    it('URLs go through the address guard: loopback, private and link-local are refused; other schemes are 400', async () => {
      const before = await articleTotal(server);
      for (const url of [`${server.url}/`, 'http://localhost:9/', 'http://[::1]/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/']) {
        const sent = await post(server, JSON.stringify({ url }), 'application/json');
        assert.equal(sent.status, 422, url);
        assert.equal(IngestFailure.parse(sent.body).code, 'E_PRIVATE_ADDRESS', url);
      }
      for (const url of ['file:///etc/passwd', '/etc/passwd', 'ftp://example.org/x']) {
        const sent = await post(server, JSON.stringify({ url }), 'application/json');
        assert.equal(sent.status, 400, url);
        assert.match(errorCode(sent), /^E_(SCHEME|BAD_URL)$/, url);
      }
      assert.equal(await articleTotal(server), before);
    });

    it('PUT /api/config/issues renames an issue in the served model and keeps the configuration in its file', async () => {
      const issues = (await send(`${server.url}/issues.json`)).body as { issues: { name: string }[] };
      const first = issues.issues[0]?.name;
      assert.ok(first, 'the corpus has issues');
      const config = { rename: { [first]: 'renamed by the API' } };
      const put = await send(`${server.url}/api/config/issues`, { method: 'PUT', body: JSON.stringify(config), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const after = (await send(`${server.url}/issues.json`)).body as { issues: { name: string }[] };
      assert.ok(after.issues.some((i) => i.name === 'renamed by the API'));
      assert.ok(!after.issues.some((i) => i.name === first));
      const file = join(corpus.dir, 'issues.json');
      assert.ok(existsSync(file));
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).rename, config.rename);
      const read = (await send(`${server.url}/api/config/issues`)).body as { issues: { rename: Record<string, string> } };
      assert.deepEqual(read.issues.rename, config.rename);
    });

    it('a bad issue configuration is 400 with its code and leaves the current one in force', async () => {
      for (const [body, code] of [['{"rename": {"a": ""}}', 'E_ISSUES_CONFIG_SCHEMA'], ['{"colour": "blue"}', 'E_ISSUES_CONFIG_SCHEMA'], ['{not json', 'E_ISSUES_CONFIG_JSON']] as const) {
        const put = await send(`${server.url}/api/config/issues`, { method: 'PUT', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
        assert.equal(put.status, 400, body);
        assert.equal(errorCode(put), code, body);
      }
      const read = (await send(`${server.url}/api/config/issues`)).body as { issues: { rename: Record<string, string> } };
      assert.deepEqual(Object.values(read.issues.rename), ['renamed by the API']);
    });

    it('/openapi.json describes the writes, their token and their errors', async () => {
      const doc = (await send(`${server.url}/openapi.json`)).body as { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>; components: { securitySchemes: Record<string, unknown> } };
      for (const [path, method] of [['/api/ingest', 'post'], ['/api/config/issues', 'put']] as const) {
        const op = doc.paths[path]?.[method];
        assert.ok(op, `${method} ${path}`);
        assert.deepEqual(op.security, [{ bearer: [] }]);
        for (const status of ['200', '401', '403', '413', '429']) assert.ok(status in op.responses, `${method} ${path} ${status}`);
      }
      assert.ok('bearer' in doc.components.securitySchemes);
    });

    it('the token never shows in /-/config.json', async () => {
      const text = await (await fetch(`${server.url}/-/config.json`)).text();
      assert.ok(!text.includes(TOKEN));
      assert.match(text, /"apiToken":"\*\*\*"/);
    });
  });

  describe('rate limits per client address', () => {
    let server: TestServer;
    before(async () => {
      server = await corpus.serve({ apiToken: TOKEN, rateLimit: 5, writeRateLimit: 2 });
    });
    after(async () => server.close());

    it('the read past the limit is 429 with Retry-After, in the one error shape', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await send(`${server.url}/index.json`)).status, 200, `request ${i + 1}`);
      const limited = await send(`${server.url}/index.json`);
      assert.equal(limited.status, 429);
      assert.equal(errorCode(limited), 'E_RATE_LIMIT');
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.equal((await send(`${server.url}/`)).status, 429, 'HTML pages too');
    });

    it('writes have their own, lower limit, counted before the token is checked', async () => {
      assert.equal((await post(server, STORY, 'text/plain', '', 'wrong')).status, 401);
      assert.equal((await post(server, STORY, 'text/plain', '', 'wrong')).status, 401);
      const limited = await post(server, STORY, 'text/plain');
      assert.equal(limited.status, 429, 'even the right token waits');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    });
  });
});
