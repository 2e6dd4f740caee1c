import assert from 'node:assert/strict';
import { chmod, open } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ATOM, collect, RSS, withTempDir, writeFiles } from './ingest-test-kit.js';
import type { DiscoveredInputs } from './ingest-options.js';

const HTML_PAGE = `<!DOCTYPE html><html><head><title>Talks resume</title><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-02-28T09:00:00Z"><script>SCRIPT()</script></head>
<body><p>First paragraph of the article.</p><p>Second paragraph.</p></body></html>`;

const formats: [file: string, content: string, expected: { format: string; text: string; source?: string; outlet?: string | null }[]][] = [
  ['a.txt', 'Title\r\n\r\nBody “quoted” — dash.  \n', [{ format: 'text', text: 'Title\n\nBody “quoted” — dash.  \n' }]],
  ['b.md', '# Heading\n\nA *soft*\nbreak.', [{ format: 'markdown', text: 'Heading\nA soft\nbreak.' }]],
  ['c.markdown', 'Plain markdown.', [{ format: 'markdown', text: 'Plain markdown.' }]],
  ['d.html', HTML_PAGE, [{ format: 'html', text: 'First paragraph of the article.\nSecond paragraph.', outlet: 'Example News' }]],
  ['e.htm', '<p>Short</p>', [{ format: 'html', text: 'Short' }]],
  ['f.json', '[{"text": "one"}, {"html": "<p>two</p>"}]', [{ format: 'text', text: 'one', source: 'f.json#1' }, { format: 'html', text: 'two', source: 'f.json#2' }]],
  ['g.jsonl', '{"text": "one"}\n{"content": "two", "outlet": "Wire"}\n', [{ format: 'text', text: 'one', source: 'g.jsonl#1' }, { format: 'text', text: 'two', source: 'g.jsonl#2', outlet: 'Wire' }]],
  ['h.rss', RSS, [{ format: 'html', text: 'Full “story” paragraph one.\nParagraph two.', source: 'h.rss#1', outlet: 'Wire Service' }, { format: 'html', text: 'Talks & more talks.', source: 'h.rss#2' }]],
  ['i.atom', ATOM, [{ format: 'html', text: 'Atom body.\nSecond.', source: 'i.atom#1', outlet: 'Atom Times' }, { format: 'text', text: 'Just a summary.', source: 'i.atom#2' }]],
  ['j.xml', ATOM, [{ format: 'html', text: 'Atom body.\nSecond.', source: 'j.xml#1' }, { format: 'text', text: 'Just a summary.', source: 'j.xml#2' }]],
  ['no-extension-html', '<!doctype html><p>Sniffed as HTML</p>', [{ format: 'html', text: 'Sniffed as HTML' }]],
  ['no-extension-text', '[Reuters] Sniffed as text\n', [{ format: 'text', text: '[Reuters] Sniffed as text\n' }]],
];

for (const [file, content, expected] of formats) {
  test(`readInputs reads ${file}`, async () => {
    await withTempDir(async (dir) => {
      await writeFiles(dir, { [file]: content });
      const path = join(dir, file);
      const { pages, issues } = await collect([path]);
      assert.deepEqual(issues.filter((i) => i.code !== 'E_EMPTY'), []);
      assert.equal(pages.length, expected.length);
      expected.forEach((want, i) => {
        const page = pages[i]!;
        assert.equal(page.format, want.format);
        assert.equal(page.text, want.text);
        assert.equal(page.source, want.source === undefined ? path : join(dir, want.source));
        if (want.outlet !== undefined) assert.equal(page.given.outlet, want.outlet);
        assert.match(page.id, /^page_[0-9a-f]{16}$/);
      });
      if (expected.length === 1 && !file.endsWith('json')) assert.equal(pages[0]!.bytes, Buffer.byteLength(content));
    });
  });
}

const refusals: [name: string, files: Record<string, string | Uint8Array>, input: string, code: string, message: RegExp, options?: { maxBytes: number }][] = [
  ['a missing path', {}, 'missing.txt', 'E_NOT_FOUND', /missing\.txt: no such file or folder$/],
  ['a device, not a regular file', {}, '/dev/null', 'E_READ', /^\/dev\/null: not a regular file$/],
  ['a file over maxBytes', { 'big.txt': 'x'.repeat(2000) }, 'big.txt', 'E_TOO_LARGE', /big\.txt: 2\.0 KiB is over the 1\.0 KiB limit$/, { maxBytes: 1024 }],
  ['binary data', { 'b.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) }, 'b.txt', 'E_BINARY', /NUL bytes/],
  ['invalid UTF-8', { 'l.txt': Uint8Array.from([0x61, 0x62, 0xa3, 0x31]) }, 'l.txt', 'E_BAD_ENCODING', /l\.txt: not valid UTF-8 \(first bad byte at offset 2\)$/],
  ['an empty file', { 'e.txt': '' }, 'e.txt', 'E_EMPTY', /e\.txt: the input is empty$/],
  ['a whitespace-only file', { 'w.md': ' \n\n ' }, 'w.md', 'E_EMPTY', /only whitespace/],
  ['HTML without text', { 'n.html': '<html><body><script>var a = 1;</script><img src=x></body></html>' }, 'n.html', 'E_NO_TEXT', /n\.html: the HTML holds no text once scripts, styles and markup are removed$/],
  ['HTML nested too deep', { 'd.html': '<div>'.repeat(10_000) + 'x' }, 'd.html', 'E_TOO_COMPLEX', /more than 5,000 deep/],
  ['malformed JSON', { 'm.json': '{\n"text": "a",\n}' }, 'm.json', 'E_BAD_JSON', /m\.json: not valid JSON at line 3, column 1 \(unexpected "}"\)$/],
  ['XML that is not a feed', { 'x.xml': '<?xml version="1.0"?><note/>' }, 'x.xml', 'E_BAD_FEED', /not a readable RSS or Atom feed/],
  ['an ftp URL', {}, 'ftp://example.com/a.txt', 'E_SCHEME', /^ftp:\/\/example\.com\/a\.txt: unsupported URL scheme ftp:$/],
  ['a file URL', {}, 'file:///etc/hostname', 'E_SCHEME', /unsupported URL scheme file:/],
  ['a malformed http URL', {}, 'http://', 'E_BAD_URL', /^http:\/\/: not a valid URL$/],
];

for (const [name, files, input, code, message, options] of refusals) {
  test(`readInputs refuses ${name} with ${code}`, async () => {
    await withTempDir(async (dir) => {
      await writeFiles(dir, files);
      const path = input.includes(':') || input.startsWith('/') ? input : join(dir, input);
      const { pages, issues } = await collect([path], options ?? {});
      assert.equal(pages.length, 0);
      assert.equal(issues.length, 1);
      const [issue] = issues;
      assert.equal(issue!.code, code);
      assert.equal(issue!.input, path);
      assert.match(issue!.message, message);
      assert.ok(issue!.message.startsWith(path), 'the message names the input');
      assert.doesNotMatch(issue!.message, /\n/);
      assert.equal(issue!.stage, 'ingest');
    });
  });
}

test('readInputs refuses a 30 MB file over the default 25 MiB limit without reading it', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(30 * 1024 * 1024); // sparse: 30 MiB on paper, nothing to read quickly
    await handle.close();
    const started = performance.now();
    const { issues } = await collect([path]);
    const elapsed = performance.now() - started;
    assert.deepEqual(issues.map((i) => [i.code, i.message]), [['E_TOO_LARGE', `${path}: 30.0 MiB is over the 25.0 MiB limit`]]);
    assert.ok(elapsed < 200, `took ${elapsed.toFixed(0)} ms`);
  });
});

test('readInputs: a folder batch with one bad file still yields the others, sorted, skipping hidden and unknown files', async () => {
  await withTempDir(async (dir) => {
    await writeFiles(dir, {
      'b-good.txt': 'Second file.',
      'a-good.html': '<p>First file.</p>',
      'c-bad.txt': Uint8Array.from([0xff, 0xfe, 0x00, 0x41]),
      'sub/d-good.md': '# Third file',
      '.hidden.txt': 'hidden',
      '.git/config.txt': 'hidden folder',
      'photo.png': 'not read',
      'notes.docx': 'not read',
    });
    let discovered: DiscoveredInputs | null = null;
    const done: number[] = [];
    const { items } = await collect([dir], {
      onDiscovered: (_total, d) => { discovered = d; },
      onInputDone: (count) => done.push(count),
    });
    assert.deepEqual(discovered, { total: 4, skippedHidden: 2, skippedUnknown: 2 });
    assert.deepEqual(done, [1, 2, 3, 4]);
    assert.deepEqual(items.map((i) => (i.kind === 'page' ? ['page', i.page.text] : ['issue', i.issue.code])), [
      ['page', 'First file.'],
      ['page', 'Second file.'],
      ['issue', 'E_BINARY'],
      ['page', 'Third file'],
    ]);
  });
});

test('readInputs: the same content gives the same page id, and reading twice gives the same pages', async () => {
  await withTempDir(async (dir) => {
    await writeFiles(dir, { 'one.txt': 'Same article.\n', 'two/copy.txt': 'Same article.\r\n', 'other.txt': 'Another.' });
    const first = await collect([dir]);
    const second = await collect([dir]);
    assert.deepEqual(first, second);
    const [one, other, copy] = first.pages;
    assert.equal(one!.id, copy!.id);
    assert.notEqual(one!.id, other!.id);
  });
});

test('readInputs: a file named twice (directly and in its folder) is read once; inputs keep their order', async () => {
  await withTempDir(async (dir) => {
    await writeFiles(dir, { 'a.txt': 'A', 'b.txt': 'B' });
    const { items } = await collect([join(dir, 'b.txt'), 'missing-in-between.txt', dir]);
    assert.deepEqual(items.map((i) => (i.kind === 'page' ? i.page.text : i.issue.code)), ['B', 'E_NOT_FOUND', 'A']);
  });
});

test('readInputs: an empty input list yields nothing', async () => {
  let total = -1;
  const { items } = await collect([], { onDiscovered: (n) => { total = n; } });
  assert.deepEqual(items, []);
  assert.equal(total, 0);
});

const isRoot = process.getuid?.() === 0;

test('readInputs reports an unreadable file as E_READ with the OS reason', { skip: isRoot && 'running as root: file permissions do not apply' }, async () => {
  await withTempDir(async (dir) => {
    await writeFiles(dir, { 'locked.txt': 'secret' });
    const path = join(dir, 'locked.txt');
    await chmod(path, 0o000);
    const { issues } = await collect([path]);
    assert.equal(issues[0]?.code, 'E_READ');
    assert.match(issues[0]?.message ?? '', /locked\.txt: cannot read: EACCES: permission denied$/);
  });
});
