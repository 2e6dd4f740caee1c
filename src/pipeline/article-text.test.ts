import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleText } from './article-text.js';
import type { ClassifiedLine } from '../model/line.js';

const pageText = 'Headline of the story\n  First paragraph here.  \nPhoto: Jane Doe/AP\n\nSecond paragraph.';
const lines: ClassifiedLine[] = [
  { start: 0, end: 21, text: 'Headline of the story', kind: 'title', rule: 'title-page-start' },
  { start: 22, end: 47, text: '  First paragraph here.  ', kind: 'body', rule: null },
  { start: 48, end: 66, text: 'Photo: Jane Doe/AP', kind: 'caption', rule: 'caption-photo-label' },
  { start: 67, end: 67, text: '', kind: 'blank', rule: null },
  { start: 68, end: 85, text: 'Second paragraph.', kind: 'body', rule: null },
];

test('the article text is the trimmed body lines joined by a blank line', () => {
  const { text } = articleText(lines, { firstLine: 0, endLine: 5, titleLine: 0, titleText: null, rule: 'page-start' });
  assert.equal(text, 'First paragraph here.\n\nSecond paragraph.');
});

test('every paragraph traces back to the page', () => {
  for (const l of lines) assert.equal(pageText.slice(l.start, l.end), l.text);
  const { text, paragraphs } = articleText(lines, { firstLine: 0, endLine: 5, titleLine: 0, titleText: null, rule: 'page-start' });
  assert.deepEqual(paragraphs, [{ start: 0, end: 21, pageStart: 24 }, { start: 23, end: 40, pageStart: 68 }]);
  for (const p of paragraphs) {
    const piece = text.slice(p.start, p.end);
    assert.equal(pageText.slice(p.pageStart, p.pageStart + piece.length), piece);
  }
});

test('only lines inside the segment count', () => {
  assert.equal(articleText(lines, { firstLine: 3, endLine: 5, titleLine: null, titleText: null, rule: 'headline' }).text, 'Second paragraph.');
});
