import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadGold } from '../../eval/gold.js';
import { scoreQuotes, type KindScores, type QuoteScores } from '../../eval/score-quotes.js';
import type { ExportArticle } from '../../model/export.js';
import { quotesOf } from './index.js';
import { corpusWithActors, GOLD } from './corpus-fixture.js';

/** The task's targets, end to end (quote found and speaker right). */
const TARGETS = { direct: 0.9, indirect: 0.7 } as const;
/**
 * Floors pinned on this gold when stages 06–08 first ran together (all measured 1.0, with
 * 01–07 as of that run); a little below so that front-half changes show up as a failing
 * number, not a flake. Raise them; lower one only with a note saying why.
 */
const FLOORS = { directDetection: 0.95, indirectDetection: 0.95, directEndToEnd: 0.95, indirectEndToEnd: 0.9 } as const;

function run(): { actors: QuoteScores; text: QuoteScores } {
  const { docs, model } = corpusWithActors();
  const articles: ExportArticle[] = docs.map(({ article: a }) => ({ ...a, publishedNote: null, duplicateOf: a.duplicateOf ?? null, derivedFrom: a.derivedFrom ?? null }));
  const quotes = docs.flatMap((doc) => quotesOf(doc, model));
  const gold = loadGold(fileURLToPath(GOLD));
  return { actors: scoreQuotes(articles, quotes, model.actors, gold, 'actors'), text: scoreQuotes(articles, quotes, [], gold, 'text') };
}

const show = (k: KindScores): string => `detection F1 ${k.detection.f1.toFixed(3)}, end to end F1 ${k.endToEnd.f1.toFixed(3)}`;

describe('quotes on the minerals-deal gold', () => {
  const { actors, text } = run();
  const report = (s: QuoteScores): string => `\n${s.misses.join('\n')}`;

  it(`detects direct quotes (F1 ≥ ${FLOORS.directDetection})`, () => assert.ok(actors.direct.detection.f1 >= FLOORS.directDetection, show(actors.direct) + report(actors)));
  it(`detects indirect speech (F1 ≥ ${FLOORS.indirectDetection})`, () => assert.ok(actors.indirect.detection.f1 >= FLOORS.indirectDetection, show(actors.indirect) + report(actors)));
  it(`direct quotes end to end, speakers linked to actors (F1 ≥ ${FLOORS.directEndToEnd}; target ${TARGETS.direct})`, () => {
    assert.ok(actors.direct.endToEnd.f1 >= Math.max(TARGETS.direct, FLOORS.directEndToEnd), show(actors.direct) + report(actors));
  });
  it(`indirect speech end to end, speakers linked to actors (F1 ≥ ${FLOORS.indirectEndToEnd}; target ${TARGETS.indirect})`, () => {
    assert.ok(actors.indirect.endToEnd.f1 >= Math.max(TARGETS.indirect, FLOORS.indirectEndToEnd), show(actors.indirect) + report(actors));
  });
  it('reading speakers from the text alone reaches the targets too (the fallback when no actor links)', () => {
    assert.ok(text.direct.endToEnd.f1 >= TARGETS.direct, show(text.direct) + report(text));
    assert.ok(text.indirect.endToEnd.f1 >= TARGETS.indirect, show(text.indirect) + report(text));
  });
});
