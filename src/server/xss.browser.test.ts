import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { listen, type Listening } from './serve.js';
import { chromiumMissing, launchChromium } from './testing/browser.js';
import { createTestApp, type TestApp } from './testing/corpus-store.js';
import { XSS_PAYLOADS, XSS_RECORD } from './testing/xss-corpus.js';

/** Every page a payload can reach: article text, quotes, title, outlet, byline, url and search results. */
function pagesOf(t: TestApp): string[] {
  const { model } = t.source.current();
  const article = model.articles[0];
  const quote = model.quotes[0];
  const speaker = model.quotes.find((q) => q.speaker)?.speaker;
  assert.ok(article && quote && speaker);
  return [
    '/', '/timeline', '/actors', `/actors/${speaker}`, '/quotes', '/sources', '/issues', '/drafts',
    '/search?q=script', '/search?q=%3Cimg', `/articles/${article.id}`, `/articles/${quote.article}?start=${quote.start}&end=${quote.end}`,
    `/quotes?speaker=${encodeURIComponent('<script>alert(1)</script>')}`, `/search?q=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    `/actors/${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
  ];
}

/**
 * The tags a browser would see: since escaping turns every '<' of the text into &lt;, each '<' left
 * starts a real tag; quoted values are blanked, as escaped values cannot hold a raw quote.
 */
function realTags(body: string): { name: string; attributes: string }[] {
  return [...body.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ name: (m[1] ?? '').toLowerCase(), attributes: (m[2] ?? '').replace(/"[^"]*"/g, '""') }));
}

const APP_TAGS = new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'header', 'a', 'nav', 'form', 'input', 'button', 'label', 'p', 'strong', 'main', 'h1', 'h2', 'h3', 'section', 'ul', 'ol', 'li', 'div', 'span', 'time', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'footer', 'code', 'details', 'summary', 'blockquote', 'mark', 'select', 'option', 'figure', 'figcaption', 'canvas', 'article', 'aside']);

describe('untrusted article text, in-process: everything is escaped', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ corpus: false, records: [XSS_RECORD] });
  });
  after(async () => t.close());

  it('every payload reaches the model intact (so the pages are really tested with it)', () => {
    const [article] = t.source.current().model.articles;
    assert.ok(article);
    for (const p of XSS_PAYLOADS) assert.ok(article.text.includes(p), p);
    assert.equal(article.title, XSS_RECORD.title);
    assert.equal(article.outlet, XSS_RECORD.outlet);
    assert.ok(t.source.current().model.quotes.some((q) => q.text.includes('<')), 'some quotes carry markup too');
  });

  it('no page sends markup from the text: the only tags are the app’s own', async () => {
    for (const path of pagesOf(t)) {
      const res = await t.app.request(path);
      const body = await res.text();
      const tags = realTags(body);
      assert.deepEqual(tags.filter((x) => !APP_TAGS.has(x.name)).map((x) => x.name), [], `${path}: only the app's own tags`);
      assert.deepEqual(tags.filter((x) => x.name === 'script' && !/^ src="" defer$/.test(x.attributes)).map((x) => x.attributes), [], `${path}: scripts only by src`);
      assert.ok(!body.includes('<script>'), `${path}: no inline script`);
      assert.deepEqual(tags.filter((x) => /\s(on[a-z]+|style|srcdoc|formaction)\s*=/i.test(x.attributes)).map((x) => `${x.name}${x.attributes}`), [], `${path}: no event-handler or style attribute`);
      assert.ok(!/href="(?!\/)/.test(body), `${path}: every link is a path on this site`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
    const article = t.source.current().model.articles[0];
    assert.ok(article);
    const page = await (await t.app.request(`/articles/${article.id}`)).text();
    assert.ok(page.includes('&lt;script&gt;window.__pwned=&#39;script&#39;&lt;/script&gt;'), 'the script payload is shown as text');
    assert.ok(page.includes('&amp;lt;script&amp;gt;'), 'the entity trick is escaped once more, so it shows as typed');
  });
});

describe('untrusted article text, in a real browser: nothing runs, everything shows literally', { skip: chromiumMissing }, () => {
  let t: TestApp;
  let http: Listening;
  let browser: Browser;
  before(async () => {
    t = await createTestApp({ corpus: false, records: [XSS_RECORD] });
    http = await listen(t.app, '127.0.0.1', 0);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await http?.close();
    await t?.close();
  });

  // Evaluated in the page as a string: the test build has no DOM types.
  const INSPECT = `(() => ({
    pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
    violations: window.__violations || [],
    foreignScripts: [...document.scripts].map((s) => s.getAttribute('src') || 'inline:' + s.textContent.slice(0, 40)).filter((s) => !s.startsWith('/static/')),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + '.' + a.name)),
    foreignElements: document.querySelectorAll('img, svg, iframe, object, embed, base, math, style, meta[http-equiv], form[action^="javascript"], b').length,
    offsiteLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('/')),
    bodyShown: getComputedStyle(document.body).display !== 'none',
    text: document.body.innerText,
  }))()`;

  it('no dialog fires, no script runs, no CSP violation is even attempted — with the CSP and without it', async () => {
    const paths = pagesOf(t);
    for (const bypassCSP of [false, true]) {
      const context = await browser.newContext({ bypassCSP });
      // A violation report would mean markup got through and only the CSP stopped it.
      await context.addInitScript({ content: `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));` });
      const dialogs: string[] = [];
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const path of paths) {
        const res = await page.goto(http.url + path, { waitUntil: 'load' });
        assert.ok(res && [200, 404].includes(res.status()), `${path}: ${res?.status()}`);
        // Hover and tab around so hover and focus handlers would fire if any existed.
        await page.mouse.move(400, 300);
        await page.keyboard.press('Tab');
        await page.waitForTimeout(50);
        const seen = (await page.evaluate(INSPECT)) as { pwned: string | null; violations: string[]; foreignScripts: string[]; handlers: string[]; foreignElements: number; offsiteLinks: string[]; bodyShown: boolean; text: string };
        const where = `${path} (CSP ${bypassCSP ? 'bypassed' : 'on'})`;
        assert.equal(seen.pwned, null, `${where}: a payload ran`);
        assert.deepEqual(seen.violations, [], `${where}: CSP had to block something`);
        assert.deepEqual(seen.foreignScripts, [], where);
        assert.deepEqual(seen.handlers, [], where);
        assert.equal(seen.foreignElements, 0, where);
        assert.deepEqual(seen.offsiteLinks, [], where);
        assert.equal(seen.bodyShown, true, `${where}: an injected style hid the page`);
      }
      assert.deepEqual(dialogs, [], `dialogs opened (CSP ${bypassCSP ? 'bypassed' : 'on'})`);
      await context.close();
    }
  });

  it('the article page shows the text exactly as stored, and title, outlet and byline literally', async () => {
    const page = await browser.newPage();
    const [article] = t.source.current().model.articles;
    assert.ok(article);
    await page.goto(`${http.url}/articles/${article.id}`);
    assert.equal(await page.locator('#article-text').textContent(), article.text);
    assert.equal(await page.locator('main h1').textContent(), XSS_RECORD.title);
    assert.equal(await page.locator('.article-meta .outlet').textContent(), XSS_RECORD.outlet);
    const meta = (await page.locator('.article-meta').textContent()) ?? '';
    assert.ok(meta.includes(XSS_RECORD.author), 'the byline shows literally');
    assert.ok(((await page.locator('main .url').textContent()) ?? '').includes(XSS_RECORD.url), 'the javascript: url is text, not a link');
    const quote = t.source.current().model.quotes.find((q) => q.text.includes('<script>'));
    assert.ok(quote);
    await page.goto(`${http.url}/articles/${article.id}?start=${quote.start}&end=${quote.end}`);
    assert.equal(await page.locator('mark#highlight').textContent(), article.text.slice(quote.start, quote.end));
    await page.close();
  });
});
