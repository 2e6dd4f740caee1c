import { builtInArticles } from '../../eval/built-in-articles.js';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../model/article.js';
import { Event } from '../../model/event.js';
import { toExportArticle } from '../../analysis/export-model.js';
import { loadGold, type GoldFile } from '../../eval/gold.js';
import { scoreEvents, type EventScores } from '../../eval/score-events.js';
import { articlesOfGoldFile } from '../../eval/score-front.js';
import { findDates } from '../05-dates/index.js';
import { analyseText } from '../06-language/index.js';
import { extractEvents } from './extract-events.js';
import { linkEventActors } from './link-event-actors.js';
import { resolveActors } from '../07-actors/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Floors on the built-in gold, through stages 06 and 07 (measured: F1 0.91, P 0.92, R 0.90; dates
 * 14/15 given the gold publication dates, 9/15 end to end). Targets of the events brief: F1 ≥ 0.75;
 * dates within one day for ≥ 0.85 of matched events with a gold date once the publication dates
 * are right. End to end the dates rest on stage 04's publication dates too: it gives 004 and 003
 * none and 002's third card a day six days late, so that floor is pinned lower and says why.
 */
const FLOORS = { f1: 0.75, precision: 0.75, recall: 0.75, dateGivenPublication: 0.85, dateEndToEnd: 0.55 } as const;

const corpusArticles = (): Promise<Article[]> => builtInArticles(join(root, 'corpus', 'minerals-deal'));

/** Stage 04's publication dates replaced by the gold's, to measure date resolution on its own. */
function withGoldPublication(articles: Article[], gold: readonly GoldFile[]): Article[] {
  const fixed = new Map<string, string | null>();
  for (const g of gold) {
    const system = articlesOfGoldFile(articles.map(toExportArticle), g);
    for (const ga of g.articles) {
      const want = ga.startsWith.replace(/\s+/gu, ' ');
      const a = system.find((x) => x.text.replace(/\s+/gu, ' ').slice(0, 400).includes(want));
      if (a) fixed.set(a.id, ga.published);
    }
  }
  return articles.map((a) => (fixed.has(a.id) ? { ...a, published: fixed.get(a.id) ?? null } : a));
}

function run(articles: Article[], gold: readonly GoldFile[]): { scores: EventScores; events: Event[] } {
  const layers = articles.map((a) => ({ a, layer: analyseText(a.text).layer }));
  const mentions = extractEventsFor(layers);
  const model = resolveActors(layers.map(({ a, layer }) => ({ article: a, ...layer })));
  const events = linkEventActors(mentions, model);
  return { scores: scoreEvents({ articles: articles.map(toExportArticle), actors: model.actors, events }, gold), events };
}

function extractEventsFor(layers: { a: Article; layer: ReturnType<typeof analyseText>['layer'] }[]): ReturnType<typeof extractEvents> {
  return layers.flatMap(({ a, layer }) => extractEvents({ article: a, ...layer, dates: findDates(a.text, a.published) }, 'test'));
}

const report = (s: EventScores): string => [
  `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); dates ${s.date.hit}/${s.date.total}`,
  ...s.files.flatMap((f) => [...f.misses, ...f.extras].map((m) => `  ${f.file}: ${m}`)),
].join('\n');

describe('events on the built-in gold (stages 04–07 as they are, then 05 and 09)', () => {
  let articles: Article[];
  let gold: GoldFile[];
  let endToEnd: { scores: EventScores; events: Event[] };
  let givenPublication: EventScores;
  before(async () => {
    articles = await corpusArticles();
    gold = loadGold(join(root, 'gold', 'minerals-deal'));
    endToEnd = run(articles, gold);
    givenPublication = run(withGoldPublication(articles, gold), gold).scores;
  });

  it('every stored span is a slice of its article text', () => {
    const text = new Map(articles.map((a) => [a.id, a.text]));
    assert.ok(endToEnd.events.length > 0);
    for (const e of endToEnd.events) {
      assert.ok(Event.safeParse(e).success, e.id);
      const t = text.get(e.article) ?? '';
      assert.equal(t.slice(e.triggerStart, e.triggerEnd), e.trigger);
      for (const arg of [e.sourceText, e.targetText]) if (arg) assert.equal(t.slice(arg.start, arg.end), arg.text);
      if (e.location) assert.equal(t.slice(e.location.start, e.location.end), e.location.text);
      assert.ok(e.start < e.end && e.end <= t.length);
    }
  });

  it(`events F1 ≥ ${FLOORS.f1} on (source, type, target)`, () => {
    const s = endToEnd.scores;
    assert.ok(s.f1 >= FLOORS.f1 && s.precision >= FLOORS.precision && s.recall >= FLOORS.recall, report(s));
  });

  it(`dates within one day for ≥ ${FLOORS.dateGivenPublication} of matched dated events, given the gold publication dates`, () => {
    const s = givenPublication;
    assert.ok(s.date.total > 0 && s.date.hit / s.date.total >= FLOORS.dateGivenPublication, report(s));
  });

  it(`end to end (stage 04 publication dates) dates stay ≥ ${FLOORS.dateEndToEnd}`, () => {
    const s = endToEnd.scores;
    assert.ok(s.date.total > 0 && s.date.hit / s.date.total >= FLOORS.dateEndToEnd, report(s));
  });

  it('negation agrees on every matched event', () => {
    const s = endToEnd.scores;
    assert.equal(s.negation.hit, s.negation.total, report(s));
  });
});
