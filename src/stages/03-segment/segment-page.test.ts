import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from '../../model/page.js';
import { segmentPage } from './segment-page.js';
import { segment } from './segment.js';
import { linesOf } from './example-lines.js';
import { PipelineError } from '../../pipeline/run-pipeline.js';

const page: Page = { id: 'p', source: 'test', format: 'text', text: '', given: { url: null, outlet: null, title: null, published: null, author: null }, bytes: 0 };

const cardsPage = linesOf([
  ['masthead', 'Example'],
  ['caption', 'Two ministers meet in Kyiv. Photo: Jane Doe/Getty Images'],
  ['body', 'The administration has given Ukraine an improved draft, officials said.'],
  ['body', 'Why it matters: The disagreement sparked a wider crisis.'],
  ['body', 'The big picture: Ukraine sits on significant reserves.'],
  ['caption', 'A minister at a summit in Munich. Photo: John Roe/Getty Images'],
  ['body', 'War-torn Ukraine sits on significant reserves of rare earth minerals.'],
  ['body', 'Why it matters: The U.S. wants them — or else.'],
  ['caption', 'A minister at a press conference. Photo: Jane Doe/Getty Images'],
  ['body', 'The president said in an interview aired Sunday he would never accept the plan.'],
  ['body', 'The big picture: Envoys will travel to the talks this week.'],
  ['copyright', 'Copyright Example Media, 2024'],
  ['related-headline', 'What to know about the minerals'],
  ['related-headline', 'President warns he won’t accept decisions made without him'],
  ['navigation', 'Go deeper'],
]);

test('teaser cards are articles and take the headlines listed after the copyright line', () => {
  const segments = segmentPage({ page, lines: cardsPage });
  assert.deepEqual(segments.map((s) => [s.rule, s.firstLine, s.endLine, s.titleText]), [
    ['page-start', 0, 5, null],
    ['teaser-card', 5, 8, 'What to know about the minerals'],
    ['teaser-card', 8, 15, 'President warns he won’t accept decisions made without him'],
  ]);
});

test('card titles are not given when the list and the cards differ in number', () => {
  const lines = cardsPage.filter((l) => l.text !== 'President warns he won’t accept decisions made without him');
  assert.ok(segmentPage({ page, lines }).every((s) => s.titleText === null));
});

test('segments are contiguous and cover every line', () => {
  const segments = segmentPage({ page, lines: cardsPage });
  assert.equal(segments[0]!.firstLine, 0);
  assert.equal(segments[segments.length - 1]!.endLine, cardsPage.length);
  for (let i = 1; i < segments.length; i++) assert.equal(segments[i]!.firstLine, segments[i - 1]!.endLine);
});

test('a page with one article is one segment whose title line is its headline', () => {
  const lines = linesOf([['blank', ''], ['title', 'Draft deal not one the president would accept'], ['body', 'A draft deal is not the one he would accept, a source said.'], ['body', 'More text.']]);
  assert.deepEqual(segmentPage({ page, lines }), [{ firstLine: 0, endLine: 4, titleLine: 1, titleText: null, rule: 'page-start' }]);
});

test('a stray caption above a dateline does not make an article', () => {
  const lines = linesOf([
    ['body', 'This combination photo shows two singers on stage in 2017 and 2014.'],
    ['body', 'NEW YORK (AP) — One of the founders of the band has joined a boycott.'],
    ['body', 'He said so on Tuesday.'],
  ]);
  assert.equal(segmentPage({ page, lines }).length, 1);
});

test('segmenting without lines fails with a code', () => {
  assert.throws(() => segmentPage({ page }), (err: unknown) => err instanceof PipelineError && err.code === 'E_SEGMENT_NO_LINES');
});

test('the segment stage requires page and lines and assigns segments', () => {
  assert.deepEqual([segment.requires, segment.assigns], [['page', 'lines'], ['segments']]);
  assert.equal(segment.run({ page, lines: cardsPage }).segments?.length, 3);
});
