import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Hono } from 'hono';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { ApiErrorBody } from './http/api-error.js';
import { escapeHtml } from './html/escape.js';
import { ALL_PAGES } from './pages/all-pages.js';
import { actorPage } from './pages/actor-page.js';
import { actorsPage } from './pages/actors-page.js';
import { articlePage } from './pages/article-page.js';
import { draftsPage } from './pages/drafts-page.js';
import { issuesPage } from './pages/issues-page.js';
import { overviewPage } from './pages/overview-page.js';
import { quotesPage } from './pages/quotes-page.js';
import { searchPage } from './pages/search-page.js';
import { sourcesPage } from './pages/sources-page.js';
import { timelinePage } from './pages/timeline-page.js';
import { createTestApp, type TestApp } from './testing/corpus-store.js';

/** Each page's own response schema: the one /openapi.json is generated from. */
const S = {
  overview: overviewPage.responseSchema, timeline: timelinePage.responseSchema, actors: actorsPage.responseSchema,
  actor: actorPage.responseSchema, issues: issuesPage.responseSchema, drafts: draftsPage.responseSchema,
  quotes: quotesPage.responseSchema, sources: sourcesPage.responseSchema, search: searchPage.responseSchema, article: articlePage.responseSchema,
};

async function getJson(app: Hono, path: string, status = 200): Promise<Record<string, unknown>> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, path);
  return (await res.json()) as Record<string, unknown>;
}

async function getHtml(app: Hono, path: string, status = 200): Promise<string> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'; style-src 'self'/, path);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  return res.text();
}

/** Parses a page's JSON twin with that page's own response schema: the schema in /openapi.json is the truth. */
async function twin<T extends z.ZodType>(app: Hono, path: string, schema: T): Promise<z.output<T>> {
  return schema.parse(await getJson(app, path));
}

describe('the web app, in-process over the built-in corpus', () => {
  let t: TestApp;
  let app: Hono;
  let zelensky: string;
  let anArticle: { id: string; text: string };
  before(async () => {
    t = await createTestApp();
    app = t.app;
    const actors = await twin(app, '/actors.json', S.actors);
    const found = actors.actors.find((a) => a.aliases.includes('Zelenskyy'));
    assert.ok(found, 'Zelensky is among the actors');
    zelensky = found.id;
    const first = t.source.current().model.articles.find((a) => a.outlet === 'Newsweek');
    assert.ok(first);
    anArticle = first;
  });
  after(async () => t.close());

  // [HTML path, JSON twin, page name, words the HTML must show]
  const PAGES: readonly [string, string, keyof typeof S, readonly string[]][] = [
    ['/', '/index.json', 'overview', ['Where the talks stand', 'Coverage', 'Top actors', 'Latest quotes', 'Newsweek']],
    ['/timeline', '/timeline.json', 'timeline', ['Timeline', '2025-02-16', 'Published that day']],
    ['/actors', '/actors.json', 'actors', ['Volodymyr Zelensky', 'Donald Trump', 'id="actor-network"']],
    ['/issues', '/issues.json', 'issues', ['security guarantee', 'stance-']],
    ['/drafts', '/drafts.json', 'drafts', ['rejected']],
    ['/quotes', '/quotes.json', 'quotes', ['Mike Waltz', 'class="fact quote-text"']],
    ['/sources', '/sources.json', 'sources', ['Newslooks', '(inferred)', '(printed)', 'undated', 'Contradictions']],
    ['/search?q=minerals', '/search.json?q=minerals', 'search', ['<mark>minerals</mark>']],
  ];
  for (const [path, jsonPath, name, words] of PAGES) {
    it(`${path} is a page and ${jsonPath} its JSON twin`, async () => {
      const body = await getHtml(app, path);
      for (const w of words) assert.ok(body.includes(w), `${path} shows ${w}`);
      assert.ok(body.includes(`href="${jsonPath.replace(/&/g, '&amp;')}"`), `${path} links its twin`);
      const data = await twin(app, jsonPath, S[name]);
      assert.equal(data.ok, true);
      assert.equal(data.asOf.total, 11);
    });
  }

  it('the overview counts what the model holds', async () => {
    const d = await twin(app, '/index.json', S.overview);
    const model = t.source.current().model;
    assert.equal(d.articles.total, 11);
    assert.equal(d.articles.undated, model.articles.filter((a) => a.published === null).length);
    assert.equal(d.counts.quotes, model.quotes.length);
    assert.deepEqual(d.outlets.map((o) => o.outlet).sort(), [...new Set(model.articles.map((a) => a.outlet ?? 'unknown outlet'))].sort());
    assert.ok(d.standing !== null, 'the outlook gives where the talks stand');
    assert.equal(d.parts.outlook?.present, true);
    assert.equal(d.parts.outlook?.items, model.deal.outlook.length);
  });

  it('an actor page shows roles per article, conflicts, quotes and mentions, each linked to its span', async () => {
    const d = await twin(app, `/actors/${zelensky}.json`, S.actor);
    assert.equal(d.actor.name, 'Volodymyr Zelensky');
    assert.ok(d.roles.length > 3 && d.quotes.length > 3 && d.mentions.length > 3);
    const body = await getHtml(app, `/actors/${zelensky}`);
    for (const section of ['Roles per article', 'Conflicts between sources', 'Quotes', 'Events', 'Mentions', 'Why']) assert.ok(body.includes(`<h2>${section}</h2>`), section);
    const role = d.roles[0]!;
    assert.ok(body.includes(`href="/articles/${role.article.id}?start=${role.start}&amp;end=${role.end}"`), 'a role links to its span');
    assert.ok(d.quotes.every((q) => q.speaker === zelensky));
  });

  it('an article page highlights the asked-for span and lists the facts found in it', async () => {
    const quote = t.source.current().model.quotes.find((q) => q.article === anArticle.id);
    assert.ok(quote);
    const d = await twin(app, `/articles/${anArticle.id}.json?start=${quote.start}&end=${quote.end}`, S.article);
    assert.deepEqual(d.highlight, { start: quote.start, end: quote.end, text: anArticle.text.slice(quote.start, quote.end) });
    assert.equal(d.article.text, anArticle.text);
    assert.ok(d.quotes.some((q) => q.id === quote.id));
    const body = await getHtml(app, `/articles/${anArticle.id}?start=${quote.start}&end=${quote.end}`);
    assert.match(body, /<mark id="highlight" tabindex="-1">/);
    assert.ok(body.includes('<script src="/static/article-highlight.js" defer></script>'));
    const plain = await getHtml(app, `/articles/${anArticle.id}`);
    assert.ok(!plain.includes('<mark id="highlight"'));
  });

  it('quotes filter by speaker id, by any of a speaker’s names, and by kind', async () => {
    const byId = await twin(app, `/quotes.json?speaker=${zelensky}`, S.quotes);
    assert.ok(byId.quotes.length > 3);
    assert.ok(byId.quotes.every((q) => q.speaker === zelensky));
    const byAlias = await twin(app, '/quotes.json?speaker=zelenskiy', S.quotes);
    assert.ok(byAlias.quotes.length >= byId.quotes.length);
    const waltz = await twin(app, '/quotes.json?speaker=WALTZ&kind=direct', S.quotes);
    assert.ok(waltz.quotes.length > 0 && waltz.quotes.every((q) => q.kind === 'direct' && /waltz/i.test(q.speakerLabel)));
    const body = await getHtml(app, `/quotes?speaker=${zelensky}`);
    assert.ok(body.includes(`${byId.quotes.length} of ${byId.total} quotes`));
    assert.ok(body.includes(`<option value="${zelensky}" selected>`));
  });

  it('search finds article text, quotes and actor names, ignoring case and accents', async () => {
    const d = await twin(app, '/search.json?q=ZELENSKIY', S.search);
    assert.ok(d.actors.some((a) => a.id === zelensky), 'alias match');
    assert.ok(d.articles.length > 0 && d.quotes.length > 0);
    const texts = new Map(t.source.current().model.articles.map((a) => [a.id, a.text]));
    for (const r of d.articles) for (const h of r.hits) assert.equal(texts.get(r.article.id)?.slice(h.start, h.end).toLowerCase(), 'zelenskiy');
    const short = await twin(app, '/search.json?q=a', S.search);
    assert.equal(short.tooShort, true);
    assert.equal(short.articles.length, 0);
    const none = await getHtml(app, '/search?q=xyzzy-nothing');
    assert.ok(none.includes('Nothing matches'));
  });

  it('as-of keeps articles published on or before the day, leaves undated ones out, and says so', async () => {
    const all = await twin(app, '/sources.json', S.sources);
    const day = '2025-02-19';
    const expected = all.articles.filter((a) => a.published !== null && a.published <= day);
    const d = await twin(app, `/sources.json?asOf=${day}`, S.sources);
    assert.deepEqual(d.articles.map((a) => a.id).sort(), expected.map((a) => a.id).sort());
    assert.equal(d.asOf.date, day);
    assert.equal(d.asOf.excludedUndated, all.articles.filter((a) => a.published === null).length);
    assert.equal(d.asOf.excludedLater, 11 - expected.length - d.asOf.excludedUndated);
    const overview = await twin(app, `/index.json?asOf=${day}`, S.overview);
    assert.equal(overview.articles.total, expected.length);
    assert.ok(overview.counts.quotes < (await twin(app, '/index.json', S.overview)).counts.quotes);
    const body = await getHtml(app, `/quotes?asOf=${day}`);
    assert.match(body, /As of <strong>2025-02-19<\/strong>: \d+ of 11 articles — left out: \d+ published later and 4 undated/);
    assert.ok(body.includes(`value="${day}"`), 'the control shows the date');
    assert.match(body, /href="\/articles\/[^"?]+\?start=\d+&amp;end=\d+&amp;asOf=2025-02-19"/, 'fact links keep the date');
    const later = all.articles.find((a) => a.published !== null && a.published > day);
    assert.ok(later);
    const gone = ApiErrorBody.parse(await getJson(app, `/articles/${later.id}.json?asOf=${day}`, 404));
    assert.match(gone.error, /published after 2025-02-19/);
    const before = await twin(app, '/index.json?asOf=2000-01-01', S.overview);
    assert.equal(before.articles.total, 0);
    for (const path of ['/', '/timeline', '/actors', '/quotes', '/sources', '/issues', '/drafts', '/search?q=deal']) {
      await getHtml(app, `${path}${path.includes('?') ? '&' : '?'}asOf=2000-01-01`);
    }
  });

  // [path, status, code]
  const ERRORS: readonly [string, number, string][] = [
    ['/actors/actor_nope.json', 404, 'E_NOT_FOUND'],
    ['/articles/art_nope.json', 404, 'E_NOT_FOUND'],
    ['/no-such-page.json', 404, 'E_NOT_FOUND'],
    ['/index.json?asOf=2025-02-30', 400, 'E_AS_OF'],
    ['/quotes.json?asOf=yesterday', 400, 'E_AS_OF'],
    ['/actors.json?kind=robot', 400, 'E_KIND'],
    ['/quotes.json?kind=shouted', 400, 'E_KIND'],
  ];
  for (const [path, status, code] of ERRORS) {
    it(`${path} answers ${status} ${code} in the one error shape`, async () => {
      const body = ApiErrorBody.parse(await getJson(app, path, status));
      assert.deepEqual({ ok: body.ok, code: body.code, status: body.status }, { ok: false, code, status });
      assert.ok(body.error.length > 10);
    });
  }

  it('bad spans and unknown ids on HTML pages are error pages with the same message', async () => {
    const html404 = await getHtml(app, '/actors/actor_nope', 404);
    assert.ok(html404.includes('no actor with id &#39;actor_nope&#39;') && html404.includes('E_NOT_FOUND'));
    for (const q of ['start=5', 'start=9&end=3', 'start=0&end=99999999', 'start=-1&end=4', 'start=a&end=b']) {
      const body = ApiErrorBody.parse(await getJson(app, `/articles/${anArticle.id}.json?${q}`, 400));
      assert.equal(body.code, 'E_SPAN', q);
    }
    await getHtml(app, `/articles/${anArticle.id}?start=9&end=3`, 400);
  });

  it('the server is read-only: writes are refused', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await app.request('/actors.json', { method });
      assert.equal(res.status, 405);
      assert.equal(ApiErrorBody.parse(await res.json()).code, 'E_METHOD');
    }
  });

  it('introspection: pipeline stages, config with the password redacted, versions', async () => {
    const pipeline = await getJson(app, '/-/pipeline.json');
    const names = (pipeline.frontHalf as { name: string }[]).concat(pipeline.backHalfPerArticle as { name: string }[]).map((s) => s.name);
    assert.deepEqual(names.slice(0, 4), ['clean', 'segment', 'metadata', 'language']);
    assert.ok(names.includes('quotes'));
    assert.ok((pipeline.backHalfPerArticle as { requires: string[] }[]).every((s) => Array.isArray(s.requires)));
    const res = await app.request('/-/config.json');
    const text = await res.text();
    assert.ok(!text.includes('s3cret-pass'), 'password redacted');
    assert.ok(text.includes('postgres://parley:***@localhost:5432/parley'));
    const versions = await getJson(app, '/-/versions.json');
    const deps = versions.dependencies as { name: string; installed: string | null }[];
    assert.ok(deps.some((d) => d.name === 'hono' && d.installed !== null));
    assert.equal(versions.node, process.version);
  });

  it('/openapi.json describes every JSON twin, and every $ref resolves', async () => {
    const doc = await getJson(app, '/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    const paths = Object.keys(doc.paths as object);
    for (const page of ALL_PAGES) assert.ok(paths.includes(page.jsonPath), page.jsonPath);
    for (const p of ['/-/pipeline.json', '/-/config.json', '/-/versions.json']) assert.ok(paths.includes(p), p);
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(refs.length > 10);
    for (const r of new Set(refs)) assert.ok(r in schemas, `$ref ${r} resolves`);
  });

  it('static assets come from the app itself with the right types; nothing else is served from disk', async () => {
    for (const [path, type] of [['/static/vendor/chart.umd.js', 'text/javascript'], ['/static/vendor/cytoscape.min.js', 'text/javascript'], ['/static/app.css', 'text/css'], ['/static/actor-network.js', 'text/javascript']] as const) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.ok(res.headers.get('content-type')?.startsWith(type), path);
      assert.ok((await res.arrayBuffer()).byteLength > 100, path);
    }
    for (const path of ['/static/../package.json', '/static/%2e%2e/package.json', '/static/nope.js']) assert.equal((await app.request(path)).status, 404, path);
  });

  it('the timeline shows acts merged across articles, with the chart when acts are dated', async () => {
    const d = await twin(app, '/timeline.json', S.timeline);
    const model = t.source.current().model;
    assert.equal(d.mode, model.events.length > 0 ? 'events' : 'articles');
    const acts = [...d.days.flatMap((x) => x.acts), ...d.undatedActs];
    assert.ok(acts.every((a) => a.modality === 'asserted'), 'asserted acts by default');
    assert.equal(d.events, acts.reduce((n, a) => n + a.reports.length, 0));
    for (const r of acts.flatMap((a) => a.reports)) assert.equal(r.evidence, model.articles.find((a) => a.id === r.article)?.text.slice(r.start, r.end));
    const all = await twin(app, '/timeline.json?modality=all', S.timeline);
    assert.ok(all.events >= d.events);
    const body = await getHtml(app, '/timeline');
    if (d.actsPerDay.length > 0) assert.ok(body.includes('id="events-chart"'));
    ApiErrorBody.parse(await getJson(app, '/timeline.json?modality=maybe', 400));
  });

  it('pages for the deal model, cross-check and source relations show what the model holds', async () => {
    const model = t.source.current().model;
    assert.ok(model.deal.issues.length > 0 && model.deal.positions.length > 0 && model.deal.drafts.length > 0);
    const issues = await twin(app, '/issues.json', S.issues);
    assert.equal(issues.issues.length, model.deal.issues.length);
    assert.ok(issues.cells.length > 0);
    assert.equal(issues.status.positions.rejected, 0);
    const drafts = await getHtml(app, '/drafts');
    assert.ok(drafts.includes(escapeHtml(model.deal.drafts[0]!.label)), 'the first draft is listed');
    const overview = await twin(app, '/index.json', S.overview);
    assert.ok(overview.standing !== null && overview.outlook.length > 0);
    assert.ok((await getHtml(app, '/')).includes('id="outlook-chart"'));
    const sources = await twin(app, '/sources.json', S.sources);
    assert.equal(sources.contradictions.filter((c) => c.origin === 'crosscheck').length, model.crosscheck.contradictions.length);
    assert.ok(sources.relations.some((r) => r.kind === 'derived' && r.evidence.length > 0), 'the rewrite is shown with its evidence');
    assert.ok((await getHtml(app, '/sources')).includes('<strong>rewrites</strong>'));
    const holder = model.deal.positions.find((p) => model.actors.some((a) => a.id === p.party))?.party;
    assert.ok(holder);
    const actor = await twin(app, `/actors/${holder}.json`, S.actor);
    assert.ok(actor.positions.length > 0);
  });

  it('reload reads the store again; until then the model stays as built', async () => {
    const file = join(t.dir, 'late.jsonl');
    writeFileSync(file, JSON.stringify({ title: 'Late news', outlet: 'Test Wire', published: '2025-05-01', text: 'Negotiators said on Thursday that the minerals deal was signed in Washington after months of talks.' }));
    await ingestInputs([file], { store: t.store, batchSize: 10, ingest: {} });
    assert.equal((await twin(app, '/index.json', S.overview)).articles.total, 11);
    await t.source.reload();
    assert.equal((await twin(app, '/index.json', S.overview)).articles.total, 12);
  });
});
