import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { InputIssue } from '../../model/issue.js';
import { Page } from '../../model/page.js';
import { collect } from './ingest-test-kit.js';

let dir = '';
let counter = 0;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'parley-ingest-prop-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

const encoder = new TextEncoder();
const TAGS = ['<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<style>', '<b>', '<br>', '<!--', '-->', '<html>', '</body>', '<head>', '<title>', '<pre>', '<iframe>', '<table><tr><td>', '&amp;', '&#x1F600;', '<svg>', '<![CDATA[', '<?xml version="1.0"?>', '<rss version="2.0"><channel><item>', '<feed>', '<entry>', '"', '{', '}', '[', ']', ':', ',', '\n', '\r', '\u0000', '\uFEFF'];

/** Text shaped like markup, JSON or feeds, so the property reaches past the decoder into each reader. */
const markupLike = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));
const content = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }).map((s) => encoder.encode(s)),
  markupLike.map((s) => encoder.encode(s)),
  fc.json().map((s) => encoder.encode(s)),
  fc.array(fc.json(), { maxLength: 5 }).map((lines) => encoder.encode(lines.join('\n'))),
  fc.uint8Array({ maxLength: 600 }),
);
const extension = fc.constantFrom('.txt', '.html', '.json', '.jsonl', '.md', '.xml');

test('readInputs never throws and never hangs: every file yields pages or issues', async () => {
  await fc.assert(
    fc.asyncProperty(content, extension, async (bytes, ext) => {
      counter += 1;
      const path = join(dir, `case-${counter}${ext}`);
      await writeFile(path, bytes);
      const { items, pages, issues } = await collect([path]);
      assert.ok(items.length >= 1, 'at least one page or issue');
      for (const page of pages) {
        Page.parse(page);
        assert.ok(page.source.startsWith(path));
        assert.ok(!page.text.includes('\r'), 'line endings are normalised');
      }
      for (const issue of issues) {
        InputIssue.parse(issue);
        assert.doesNotMatch(issue.message, /[\n\r]/);
        assert.notEqual(issue.code, 'E_INTERNAL', issue.message);
      }
    }),
    { numRuns: 200, timeout: 5000 },
  );
});
