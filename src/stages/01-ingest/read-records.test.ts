import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestItem } from './ingest-item.js';
import { readJsonlRecords, readJsonRecords, recordToItem } from './read-records.js';

const pages = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'page' ? [i.page] : []));
const issues = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));

test('readJsonRecords: an array of records, each its own page with source path#N', () => {
  const json = JSON.stringify([
    { text: 'First “story”.\r\nSecond line.', url: 'https://a.example/1', outlet: 'A News', title: 'One', published: '2025-02-28T10:00:00Z', author: 'Ann' },
    { content_original: 'Plain content.', source: 'B Daily', date: 'Fri, 28 Feb 2025 17:04:00 GMT', authors: ['Bo', 'Cy'] },
    { body: 'Body text.', site: { name: 'C Site' }, pubDate: '2025-03-01', byline: 'By Di' },
  ]);
  const result = readJsonRecords('recs.json', json);
  assert.deepEqual(issues(result), []);
  const [a, b, c] = pages(result);
  assert.equal(a?.source, 'recs.json#1');
  assert.equal(a?.text, 'First “story”.\nSecond line.');
  assert.deepEqual(a?.given, { url: 'https://a.example/1', outlet: 'A News', title: 'One', published: '2025-02-28', author: 'Ann' });
  assert.deepEqual(b?.given, { url: null, outlet: 'B Daily', title: null, published: '2025-02-28', author: 'Bo, Cy' });
  assert.deepEqual(c?.given, { url: null, outlet: 'C Site', title: null, published: '2025-03-01', author: 'By Di' });
  assert.equal(c?.source, 'recs.json#3');
  assert.ok((a?.bytes ?? 0) > 0);
});

test('readJsonRecords: one record', () => {
  const [page] = pages(readJsonRecords('one.json', '{"text": "Just one."}'));
  assert.equal(page?.source, 'one.json#1');
  assert.equal(page?.format, 'text');
});

test('recordToItem: html fields go through the HTML path; record metadata wins over meta tags', () => {
  const html = '<html><head><title>Page title</title><meta property="og:site_name" content="Meta Site"></head><body><p>Para one.</p><p>Para two.</p><script>SCRIPT</script></body></html>';
  const [page] = pages([recordToItem('r.json#1', { html, outlet: 'Record Outlet' }, 10)]);
  assert.equal(page?.format, 'html');
  assert.equal(page?.text, 'Para one.\nPara two.');
  assert.equal(page?.given.outlet, 'Record Outlet');
  assert.equal(page?.given.title, 'Page title');
  const [sniffed] = pages([recordToItem('r.json#2', { content: '<p>Looks like <b>HTML</b></p>' }, 10)]);
  assert.equal(sniffed?.format, 'html');
  assert.equal(sniffed?.text, 'Looks like HTML');
});

test('recordToItem: the same text gives the same id wherever it comes from', () => {
  const [a] = pages([recordToItem('a.json#1', { text: 'Same words.' }, 1)]);
  const [b] = pages([recordToItem('b.jsonl#7', { text: 'Same words.', title: 'Other' }, 1)]);
  assert.equal(a?.id, b?.id);
});

const badRecords: [name: string, record: unknown, code: string, message: RegExp][] = [
  ['not an object', 'a string', 'E_BAD_RECORD', /^x#1: expected a record \(an object\), found a string$/],
  ['an array', [1], 'E_BAD_RECORD', /found an array/],
  ['no text field', { title: 'T' }, 'E_BAD_RECORD', /no text field \(text, html, content, content_original, body\)/],
  ['text not a string', { text: 42 }, 'E_BAD_RECORD', /field text is a number, not a string/],
  ['empty text', { text: '  ' }, 'E_EMPTY', /the record's text is empty/],
  ['html without text', { html: '<script>x()</script>' }, 'E_NO_TEXT', /field html: the HTML holds no text/],
];

for (const [name, record, code, message] of badRecords) {
  test(`recordToItem refuses: ${name}`, () => {
    const [issue] = issues([recordToItem('x#1', record, 1)]);
    assert.equal(issue?.code, code);
    assert.match(issue?.message ?? '', message);
    assert.equal(issue?.input, 'x#1');
  });
}

test('readJsonRecords: malformed JSON → E_BAD_JSON with the line number', () => {
  const [issue] = issues(readJsonRecords('bad.json', '[\n  {"text": "a"},\n  {"text": "b",}\n]'));
  assert.equal(issue?.code, 'E_BAD_JSON');
  assert.equal(issue?.message, 'bad.json: not valid JSON at line 3, column 16 (unexpected "}")');
});

test('readJsonRecords: neither a record nor an array, or an empty array', () => {
  assert.match(issues(readJsonRecords('n.json', '42'))[0]?.message ?? '', /expected a record or an array of records, found a number/);
  assert.equal(issues(readJsonRecords('e.json', '[]'))[0]?.code, 'E_EMPTY');
});

test('readJsonRecords: a bad record is one issue and the others go on', () => {
  const result = readJsonRecords('mix.json', JSON.stringify([{ text: 'ok 1' }, { nope: true }, { text: 'ok 3' }]));
  assert.deepEqual(pages(result).map((p) => p.source), ['mix.json#1', 'mix.json#3']);
  assert.deepEqual(issues(result).map((i) => i.input), ['mix.json#2']);
});

test('readJsonlRecords: one broken line is one issue; blank lines are skipped', () => {
  const jsonl = '{"text": "one"}\n\n{"text": "two", broken}\n{"text": "three"}\n';
  const result = readJsonlRecords('f.jsonl', jsonl);
  assert.deepEqual(pages(result).map((p) => [p.source, p.text]), [['f.jsonl#1', 'one'], ['f.jsonl#3', 'three']]);
  const [issue] = issues(result);
  assert.equal(issue?.code, 'E_BAD_JSON');
  assert.equal(issue?.message, 'f.jsonl#2: line 3 is not valid JSON at column 17 (unexpected "b")');
});

test('readJsonlRecords: no records → E_EMPTY', () => {
  assert.equal(issues(readJsonlRecords('e.jsonl', '\n \n'))[0]?.code, 'E_EMPTY');
});

test('records nested far too deep in a metadata field or beside other records are read, not a stack overflow', () => {
  // Found by fuzzing: asText recursed into nested author lists, and JSON.stringify re-serialised each record of an array.
  const deep = '['.repeat(20_000) + '"x"' + ']'.repeat(20_000);
  const [one] = pages(readJsonRecords('deep.json', `{"text":"Talks go on.","author":${deep}}`));
  assert.equal(one?.text, 'Talks go on.');
  assert.equal(one?.given.author, null);
  const many = readJsonRecords('deep.json', `[{"text":"Talks go on.","title":${deep}},{"text":"Second."}]`);
  assert.deepEqual(pages(many).map((p) => p.text), ['Talks go on.', 'Second.']);
  assert.equal(pages(readJsonlRecords('deep.jsonl', `{"text":"Line.","authors":${deep}}`))[0]?.text, 'Line.');
  assert.equal(pages(readJsonRecords('a.json', '{"text":"t","authors":["Ann",["Bo",{"name":"Cy"}]]}'))[0]?.given.author, 'Ann, Bo, Cy');
});
