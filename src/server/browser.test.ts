import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { listen, type Listening } from './serve.js';
import { createTestApp, type TestApp } from './testing/corpus-store.js';
import { chromiumMissing, collectErrors, launchChromium, loadTiming, type LoadTiming } from './testing/browser.js';

describe('the web app in a real browser (Chromium over HTTP on 127.0.0.1)', { skip: chromiumMissing }, () => {
  let t: TestApp;
  let http: Listening;
  let browser: Browser;
  let context: BrowserContext;
  let zelensky: string;
  const shots = mkdtempSync(join(tmpdir(), 'parley-screens-'));
  const timings: (LoadTiming & { page: string })[] = [];

  before(async () => {
    t = await createTestApp();
    http = await listen(t.app, '127.0.0.1', 0);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const z = t.source.current().model.actors.find((a) => a.aliases.includes('Zelenskyy'));
    assert.ok(z);
    zelensky = z.id;
  });
  after(async () => {
    await browser?.close();
    await http?.close();
    await t?.close();
    const rows = timings.map((r) => `  ${r.page.padEnd(34)} load ${r.loadMs.toFixed(0).padStart(5)} ms   DOMContentLoaded ${r.domContentLoadedMs.toFixed(0).padStart(5)} ms   HTML ${r.responseMs.toFixed(0).padStart(4)} ms`);
    console.log(`page load times (navigation start to load event, first visit):\n${rows.join('\n')}\nscreenshots: ${shots}`);
  });

  it('the main pages load without errors; their load times are measured and screenshots saved', async () => {
    const pages: [string, string, string | null][] = [
      ['overview', '/', null],
      ['timeline', '/timeline', null],
      ['actors', '/actors', '#actor-network[data-ready="true"] canvas'],
      ['actor', `/actors/${zelensky}`, null],
      ['quotes', '/quotes', null],
      ['sources', '/sources', null],
      ['issues', '/issues', null],
      ['drafts', '/drafts', null],
      ['search', '/search?q=security%20guarantees', null],
      ['overview-as-of', '/?asOf=2025-02-19', null],
    ];
    for (const [name, path, ready] of pages) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const res = await page.goto(http.url + path, { waitUntil: 'load' });
      assert.equal(res?.status(), 200, path);
      if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
      timings.push({ page: path, ...(await loadTiming(page)) });
      assert.ok(await page.locator('main h1').isVisible(), `${path} shows its heading`);
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: name !== 'quotes' && name !== 'actor' });
      assert.deepEqual(errors, [], `${path}: no console errors, no CSP violations`);
      await page.close();
    }
  });

  it('clicking a quote opens its article with the quote highlighted and scrolled into view', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${http.url}/quotes?speaker=${zelensky}`);
    // A quote far into its article, so scrolling matters.
    const links = page.locator('a.quote-text');
    const count = await links.count();
    let chosen = 0;
    let bestStart = -1;
    for (let i = 0; i < count; i++) {
      const start = Number(new URL((await links.nth(i).getAttribute('href')) ?? '', http.url).searchParams.get('start'));
      if (start > bestStart) [chosen, bestStart] = [i, start];
    }
    const link = links.nth(chosen);
    const words = ((await link.textContent()) ?? '').replace(/^“|”$/g, '');
    await link.click();
    await page.waitForURL(/\/articles\/[^?]+\?start=\d+&end=\d+/);
    const mark = page.locator('#article-text mark#highlight');
    assert.equal(await mark.count(), 1);
    assert.ok(((await mark.textContent()) ?? '').includes(words), `the highlight holds “${words}”`);
    const inView = await page.evaluate(`(() => { const r = document.getElementById('highlight').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()`);
    assert.equal(inView, true, 'the highlight is scrolled into view');
    assert.ok(bestStart > 500, 'the chosen quote is far enough into its article to need scrolling');
    timings.push({ page: '/articles/:id?start&end (clicked)', ...(await loadTiming(page)) });
    await page.screenshot({ path: join(shots, 'article-highlight.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the as-of control narrows every page and says what it left out', async () => {
    const page = await context.newPage();
    await page.goto(`${http.url}/sources`);
    await page.fill('form.as-of input[name="asOf"]', '2025-02-19');
    await page.click('form.as-of button[type="submit"]');
    await page.waitForURL(/asOf=2025-02-19/);
    const banner = (await page.locator('.as-of-banner').textContent()) ?? '';
    assert.match(banner, /As of 2025-02-19: \d+ of 11 articles — left out: .*undated/);
    const rows = await page.locator('table.sources tbody tr').count();
    const expected = (await t.source.view('2025-02-19')).model.articles.length;
    assert.equal(rows, expected);
    await page.click('header nav a[href^="/quotes"]');
    assert.match(page.url(), /\/quotes\?asOf=2025-02-19$/, 'navigation keeps the date');
    await page.close();
  });

  it('the actor network draws actors as nodes, and clicking one opens its page', async () => {
    const page = await context.newPage();
    await page.goto(`${http.url}/actors`);
    await page.waitForSelector('#actor-network[data-ready="true"]');
    const box = await page.locator('#actor-network').boundingBox();
    assert.ok(box && box.height > 300);
    // Cytoscape draws on canvases: find a node's position through its API and click there.
    const pos = await page.evaluate(`(() => {
      const cy = document.getElementById('actor-network')._cyreg.cy;
      const n = cy.nodes().max((x) => x.degree()).ele;
      const p = n.renderedPosition();
      return { x: p.x, y: p.y, id: n.id() };
    })()`) as { x: number; y: number; id: string };
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await page.waitForURL(new RegExp(`/actors/${pos.id}$`));
    await page.close();
  });
});
