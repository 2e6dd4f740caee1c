import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyLines } from './classify-lines.js';
import { clean } from './clean.js';
import { pageOf } from './page-fixture.js';

test('offsets are exact and no line holds a line break', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\r', '\\', '.', 'é', '©', '|') , maxLength: 200 }), (text) => {
      for (const line of classifyLines(pageOf(text))) {
        assert.equal(text.slice(line.start, line.end), line.text);
        assert.ok(!/[\n\r]/.test(line.text));
      }
    }),
  );
});

test('CRLF, CR and LF all end lines', () => {
  const lines = classifyLines(pageOf('One line here.\r\nTwo lines here.\rThree lines here.\n'));
  assert.deepEqual(lines.map((l) => [l.start, l.end]), [[0, 14], [16, 31], [32, 49], [50, 50]]);
});

test('a run-in header line becomes title, header and body pieces', () => {
  const text = 'Sides Near Deal on Minerals \\ Example News \\ Washington DC \\ Jane Doe \\ Evening Edition \\ The two sides are making progress toward a deal on minerals, officials said.';
  const lines = classifyLines(pageOf(text));
  assert.deepEqual(lines.map((l) => [l.kind, l.text]), [
    ['title', 'Sides Near Deal on Minerals'],
    ['header', 'Example News \\ Washington DC \\ Jane Doe \\ Evening Edition \\'],
    ['body', 'The two sides are making progress toward a deal on minerals, officials said.'],
  ]);
  for (const l of lines) assert.equal(text.slice(l.start, l.end), l.text);
});

test('a breadcrumb line with no body is all header', () => {
  assert.deepEqual(classifyLines(pageOf('Home › News › World › Europe')).map((l) => l.kind), ['header']);
});

test('pipes inside prose are no header', () => {
  const text = 'Her profile—whose bio reads “Jesus | Justice | #Hashtag | #Other” and is private—includes a fake quote attributed to a rival.';
  assert.deepEqual(classifyLines(pageOf(text)).map((l) => l.kind), ['body']);
});

test('section subheads, bullets, labels and datelines stay body', () => {
  const text = [
    'Deal in Peril as Talks Grow Tense',
    'Why It Matters',
    'The two sides have met three times this month.',
    '- Negotiations Advancing: one side seeks access to minerals',
    'Why it matters: The deal is worth billions.',
    'WASHINGTON (Reuters) – The envoy said talks would resume.',
  ].join('\n');
  assert.deepEqual(classifyLines(pageOf(text)).map((l) => l.kind), ['title', 'body', 'body', 'body', 'body', 'body']);
});

test('the clean stage assigns lines', () => {
  const doc = clean.run({ page: pageOf('Headline of the story here\nBody sentence.') });
  assert.equal(doc.lines?.length, 2);
  assert.deepEqual(clean.requires, ['page']);
  assert.deepEqual(clean.assigns, ['lines']);
});
