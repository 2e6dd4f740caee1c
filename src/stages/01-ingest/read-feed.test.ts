import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestItem } from './ingest-item.js';
import { ATOM, RSS } from './ingest-test-kit.js';
import { readFeed } from './read-feed.js';

const pages = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'page' ? [i.page] : []));
const issues = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));

test('readFeed: RSS 2.0 items become pages with the feed title as outlet', async () => {
  const result = await readFeed('wire.rss', RSS, null);
  const [full, summary] = pages(result);
  assert.equal(full?.source, 'wire.rss#1');
  assert.equal(full?.format, 'html');
  assert.equal(full?.text, 'Full “story” paragraph one.\nParagraph two.');
  assert.deepEqual(full?.given, { url: 'https://wire.example/deal', outlet: 'Wire Service', title: 'Deal signed', published: '2025-02-28', author: 'Jane Roe' });
  assert.equal(summary?.source, 'wire.rss#2');
  assert.equal(summary?.text, 'Talks & more talks.');
  const [empty] = issues(result);
  assert.equal(empty?.input, 'wire.rss#3');
  assert.equal(empty?.code, 'E_EMPTY');
  assert.match(empty?.hint ?? '', /followFeedLinks/);
});

test('readFeed: Atom entries, content as HTML, else the summary as text', async () => {
  const [one, two] = pages(await readFeed('atom.xml', ATOM, null));
  assert.equal(one?.text, 'Atom body.\nSecond.');
  assert.deepEqual(one?.given, { url: 'https://atom.example/1', outlet: 'Atom Times', title: 'Entry one', published: '2025-03-01', author: 'Ann Author' });
  assert.equal(two?.format, 'text');
  assert.equal(two?.text, 'Just a summary.');
  assert.equal(two?.given.published, '2025-03-02');
});

test('readFeed: a short item follows its link when asked, keeping the item metadata', async () => {
  const followed: string[] = [];
  const result = await readFeed('atom.xml', ATOM, async (link, given) => {
    followed.push(link);
    return [{ kind: 'page', page: { id: 'p', source: link, format: 'html', text: 'Linked article.', given, bytes: 1 } }];
  });
  assert.deepEqual(followed, ['https://atom.example/1', 'https://atom.example/2']);
  assert.deepEqual(pages(result).map((p) => [p.source, p.given.title]), [['https://atom.example/1', 'Entry one'], ['https://atom.example/2', 'Entry two']]);
});

const refusals: [name: string, xml: string, code: string, message: RegExp][] = [
  ['not XML', 'just text', 'E_BAD_FEED', /^f\.xml: not a readable RSS or Atom feed \(/],
  ['XML but not a feed', '<?xml version="1.0"?><note><to>x</to></note>', 'E_BAD_FEED', /not a readable RSS or Atom feed/],
  ['a feed with no items', '<rss version="2.0"><channel><title>T</title></channel></rss>', 'E_EMPTY', /the feed has no items/],
  ['truncated XML', RSS.slice(0, 400), 'E_BAD_FEED', /not a readable/],
];

for (const [name, xml, code, message] of refusals) {
  test(`readFeed refuses: ${name}`, async () => {
    const [issue] = issues(await readFeed('f.xml', xml, null));
    assert.equal(issue?.code, code);
    assert.match(issue?.message ?? '', message);
    assert.doesNotMatch(issue?.message ?? '', /\n/);
  });
}

test('readFeed: a "<!" declaration that runs on without ">" is refused at once, not parsed for minutes', async () => {
  // Found by fuzzing: sax re-tests its whole buffer on each character of such a declaration (quadratic).
  const xml = RSS.replace('<dc:creator>Jane Roe', `<dc:creator><!ENTITY${'&lt;li&gt;item'.repeat(10_000)}`);
  const started = performance.now();
  const [issue] = issues(await readFeed('slow.xml', xml, null));
  assert.ok(performance.now() - started < 1000, `took ${performance.now() - started} ms`);
  assert.equal(issue?.code, 'E_BAD_FEED');
  assert.match(issue?.message ?? '', /declaration/);
});

test('readFeed: comments, CDATA and a DOCTYPE subset may hold long "<!" text', async () => {
  const long = 'x'.repeat(20_000);
  const xml = RSS.replace('<?xml version="1.0" encoding="UTF-8"?>', `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE rss [<!ENTITY note "${long}">]><!-- <!${long} -->`)
    .replace('Short summary.', `<![CDATA[<!${long}]]>`);
  assert.equal(pages(await readFeed('ok.xml', xml, null)).length, 2);
});

test('readFeed: an Atom entry with an unreadable date loses its date, not the feed', async () => {
  const xml = ATOM.replace(/<published>[^<]*<\/published>/u, '<published>Trump</published>');
  assert.notEqual(xml, ATOM, 'the fixture has a <published> to break');
  const result = await readFeed('atom.xml', xml, null);
  assert.deepEqual(issues(result), []);
  const [one, two] = pages(result);
  assert.equal(one?.given.published, null);
  assert.equal(one?.text, 'Atom body.\nSecond.');
  assert.equal(two?.text, 'Just a summary.');
});
