import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ExportArticle } from '../model/export.js';
import { GoldFile } from './gold.js';
import { overlapOverUnion, quoteTokens, scoreQuotes, type ScoredQuote } from './score-quotes.js';
import { normaliseName } from './names.js';

const article = (id: string, source: string): ExportArticle => ({
  id, source, outlet: null, title: null, url: null, byline: null, published: null, publishedBasis: 'unknown', publishedNote: null,
  text: '', duplicateOf: null, derivedFrom: null, segment: 0, removed: [],
});

const gold = GoldFile.parse({
  file: 'page.txt',
  articles: [],
  boilerplate: [],
  actors: [{ name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskiy'] }],
  quotes: [
    { text: 'He needs to come back to the table', speaker: 'Volodymyr Zelensky', speakerKind: 'person', kind: 'direct' },
    { text: 'the deal is not acceptable', speaker: 'a source familiar with the negotiations', speakerKind: 'anonymous', kind: 'indirect' },
  ],
});

const q = (over: Partial<ScoredQuote>): ScoredQuote => ({ article: 'a1', text: '', kind: 'direct', speaker: null, ...over });

describe('scoreQuotes', () => {
  it('strips outer marks, trailing punctuation and a leading "that" before comparing words', () => {
    assert.deepEqual(quoteTokens('“that the deal is off,”'), ['the', 'deal', 'is', 'off']);
    assert.deepEqual(quoteTokens('He’s “done.”'), ["he's", 'done']);
  });
  it('measures overlap over union, counting repeats', () => {
    assert.equal(overlapOverUnion(['a', 'b'], ['a', 'b']), 1);
    assert.equal(overlapOverUnion(['a', 'b', 'c', 'd'], ['a', 'b']), 0.5);
    assert.equal(overlapOverUnion(['a', 'a'], ['a']), 0.5);
  });
  it('compares names ignoring case, diacritics and surrounding punctuation', () => {
    assert.equal(normaliseName(' Zelénskiy, '), 'zelenskiy');
    assert.equal(normaliseName('A Source  familiar with the negotiations.'), 'a source familiar with the negotiations');
  });

  const articles = [article('a1', '/corpus/page.txt#1'), article('b1', '/corpus/other.txt')];
  const actors = [{ id: 'z', name: 'Volodymyr Zelenskiy', aliases: ['Zelenskiy'] }];

  it('pairs one to one at an overlap of 0.5 and needs the speaker right end to end', () => {
    const s = scoreQuotes(articles, [
      q({ text: 'He needs to come back to the table', speaker: 'z' }),
      q({ text: 'He needs to come back', speaker: 'z' }),
      q({ kind: 'indirect', text: 'that the deal is not acceptable', speakerDescription: 'a source familiar with the negotiations' }),
      q({ article: 'b1', text: 'Elsewhere entirely' }),
    ], actors, [gold]);
    assert.deepEqual([s.direct.detection.hit, s.direct.detection.system, s.direct.detection.gold], [1, 2, 1]);
    assert.equal(s.direct.endToEnd.hit, 1);
    assert.equal(s.indirect.endToEnd.f1, 1);
  });
  it('a named speaker is wrong without an actor in actors mode, right by its text name in text mode', () => {
    const quotes = [q({ text: 'He needs to come back to the table', speakerName: 'Zelenskiy' })];
    assert.equal(scoreQuotes(articles, quotes, [], [gold], 'actors').direct.endToEnd.hit, 0);
    assert.equal(scoreQuotes(articles, quotes, [], [gold], 'text').direct.endToEnd.hit, 1);
  });
  it('an anonymous speaker must match the description', () => {
    const s = scoreQuotes(articles, [q({ kind: 'indirect', text: 'the deal is not acceptable', speakerText: 'the source' })], [], [gold], 'text');
    assert.equal(s.indirect.detection.hit, 1);
    assert.equal(s.indirect.endToEnd.hit, 0);
    assert.ok(s.misses.some((m) => m.includes('wrong speaker')));
  });
});
