import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import type { Event } from '../../model/event.js';
import type { Quote } from '../../model/quote.js';
import { article, event, quote, relations } from './check-fixture.js';
import { crossCheck } from './cross-check.js';
import type { PairSearch } from './pair-index.js';

// Deterministic pseudo-random choices, so the corpus is the same on every run.
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

const MID_WORDS = Array.from({ length: 50 }, (_, k) => `theme${k}`);

/**
 * 3,000 quotes in 1,000 articles of 20 outlets, 30 speakers: each quote has three words of its
 * own and five of 50 shared words (each shared word in about 300 quotes, under any bucket cap),
 * so the old all-pairs-per-word search compared over two million pairs. One quote is reported
 * again, word for word, by a second outlet.
 */
function corpus(): { articles: Article[]; quotes: Quote[] } {
  const pick = random(7);
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  for (let a = 0; a < 1000; a++) {
    const texts = [0, 1, 2].map((k) => {
      const own = [0, 1, 2].map((w) => `own${a}x${k}x${w}`);
      const shared = new Set<string>();
      while (shared.size < 5) shared.add(MID_WORDS[pick(MID_WORDS.length)]!);
      return [...own, ...shared].join(' ');
    });
    const x = article(`a${a}`, texts.map((t) => `“${t}” the speaker said.`).join(' '), `Outlet ${a % 20}`, '2024-03-04');
    articles.push(x);
    texts.forEach((t) => quotes.push(quote(x, t, `speaker-${pick(30)}`, { date: '2024-03-04' })));
  }
  const copied = quotes[0]!;
  const again = article('again', `“${copied.text}” she said.`, 'Another Outlet', '2024-03-05');
  articles.push(again);
  quotes.push(quote(again, copied.text, copied.speaker));
  return { articles, quotes };
}

describe('stage 11 at scale: pairs come from shared keys, not all pairs', () => {
  const { articles, quotes } = corpus();
  const searches = new Map<string, PairSearch>();
  const result = crossCheck({ articles, actors: [], quotes }, relations(articles), { onSearch: (check, s) => searches.set(check, s) });
  const n = quotes.length;

  it('every pairwise check compared a few pairs per quote, not millions', () => {
    assert.deepEqual([...searches.keys()].sort(), ['event-date', 'quote-date', 'same-quote', 'wording']);
    for (const [check, s] of searches) assert.ok(s.pairs <= 5 * n, `${check}: ${s.pairs} pairs for ${n} quotes`);
  });
  it('still finds the quote two outlets report', () => {
    const claim = result.claims.find((c) => c.supports.some((s) => s.article === 'again'));
    assert.ok(claim, 'the copied quote is a claim');
    assert.deepEqual(claim.supports.map((s) => s.article).sort(), ['a0', 'again']);
  });
});

describe('stage 11 at scale: events', () => {
  it('3,000 dated events compare only reports of the same act', () => {
    const x = article('x', 'The board rejected the offer on Monday.', 'Daily Courier', '2024-03-06');
    const y = article('y', 'The board rejected the offer on Tuesday.', 'Evening Post', '2024-03-06');
    const pick = random(11);
    const events: Event[] = Array.from({ length: 3000 }, (_, k) => ({
      ...event(k % 2 ? x : y, 'The board rejected the offer', 'rejected', { type: 'REJECT', source: `party-${pick(500)}`, target: `party-${pick(500)}`, date: `2024-03-0${1 + pick(9)}` }),
      id: `e${k}`,
    }));
    let pairs = 0;
    crossCheck({ articles: [x, y], actors: [], quotes: [], events }, relations([x, y]), { onSearch: (check, s) => (check === 'event-date' ? (pairs = s.pairs) : 0) });
    assert.ok(pairs < 3000, `${pairs} pairs compared (all pairs: 4.5 million)`);
  });
});

describe('stage 11 at scale: bounded outputs', () => {
  it('an undated corpus sets each failing article against at most ten advancing ones', () => {
    const neg = Array.from({ length: 30 }, (_, k) => article(`n${k}`, 'Officials said the talks have collapsed.', `Outlet N${k}`));
    const pos = Array.from({ length: 30 }, (_, k) => article(`p${k}`, 'Officials said the two sides are nearing a deal.', `Outlet P${k}`));
    const r = crossCheck({ articles: [...neg, ...pos], actors: [], quotes: [] }, relations([...neg, ...pos]));
    const across = r.contradictions.filter((c) => c.rule === 'opposite-outlook-across-articles');
    assert.equal(across.length, 30);
    for (const c of across) assert.equal(new Set(c.sides.map((s) => s.article)).size, 11);
  });
  it('a disputed figure is set against at most 25 assertions, the nearest in time', () => {
    const dispute = article('d', 'The region rejected the demand for €2 billion, saying it had received nowhere near that sum.', 'Disputing', '2024-03-10');
    const day = (k: number): string => (k < 30 ? `2024-03-${String(1 + (k % 28)).padStart(2, '0')}` : '2024-05-20');
    const asserting = Array.from({ length: 40 }, (_, k) => article(`s${k}`, 'The ministry wants €2 billion from the region.', `Outlet ${k}`, day(k)));
    const r = crossCheck({ articles: [dispute, ...asserting], actors: [], quotes: [] }, relations([dispute, ...asserting]));
    const amount = r.contradictions.filter((c) => c.kind === 'amount');
    assert.equal(amount.length, 1);
    assert.equal(amount[0]!.sides.length, 1 + 25);
    assert.ok(amount[0]!.sides.slice(1).every((s) => s.article === 'd' || Number(s.article.slice(1)) < 30), 'the March articles, nearest the March dispute');
  });
});
