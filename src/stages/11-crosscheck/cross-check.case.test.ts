import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CrossCheck } from '../../model/claim.js';
import { article, event, person, quote, relations } from './check-fixture.js';
import { crossCheck } from './cross-check.js';

const A = article('a', 'The harbour minister called the plan “a cynical stunt” on Monday. “We will not be bullied,” she said. The lease talks have collapsed, officials said.', 'Daily Courier', '2024-03-04');
const B = article('b', 'Minister Lena Ruud said the plan was “cynical political theatre.” She added: “We will not be bullied.” The two sides are nearing a deal on the lease, a mediator said.', 'Evening Post', '2024-03-05');
const C = article('c', 'Ruud: “We will not be bullied.” A rewrite of the Courier story, with nothing of its own.', null, null);
const D = article('d', 'Another Courier piece quotes her again: “We will not be bullied.”', 'Daily Courier', '2024-03-06');

describe('claims corroborated by independent outlets', () => {
  const ruud = 'actor-ruud';
  const quotes = [
    quote(A, 'We will not be bullied,', ruud), quote(B, 'We will not be bullied.', ruud),
    quote(C, 'We will not be bullied.', ruud), quote(D, 'We will not be bullied.', ruud),
  ];
  it('the same quote in two outlets is a claim; a derived copy and a second article of one outlet add nothing', () => {
    const r = CrossCheck.parse(crossCheck({ articles: [A, B, C, D], actors: [], quotes }, relations([A, B, C, D], { c: 'a' })));
    assert.equal(r.claims.length, 1);
    const claim = r.claims[0]!;
    assert.equal(claim.outlets, 2);
    assert.deepEqual(claim.supports.map((s) => s.article).sort(), ['a', 'b', 'c', 'd']);
    assert.deepEqual(claim.sources.map((g) => g.articles.sort()).sort(), [['a', 'c', 'd'], ['b']]);
  });
  it('one outlet alone corroborates nothing', () => {
    const r = crossCheck({ articles: [A, C, D], actors: [], quotes: [quotes[0]!, quotes[2]!, quotes[3]!] }, relations([A, C, D], { c: 'a' }));
    assert.deepEqual(r.claims, []);
  });
  it('the same event (source, type, target, date) from two outlets is a claim; undated events are not', () => {
    const e1 = event(A, 'called the plan “a cynical stunt”', 'called', { type: 'ACCUSE', source: ruud, target: 'actor-board', date: '2024-03-04' });
    const e2 = event(B, 'said the plan was “cynical political theatre.”', 'said', { type: 'ACCUSE', source: ruud, target: 'actor-board', date: '2024-03-04' });
    const e3 = event(D, 'quotes her again', 'quotes', { type: 'ACCUSE', source: ruud, target: 'actor-board', date: null });
    const r = crossCheck({ articles: [A, B, D], actors: [], quotes: [], events: [e1, e2, e3] }, relations([A, B, D]));
    assert.equal(r.claims.length, 1);
    assert.equal(r.claims[0]!.kind, 'event');
    assert.deepEqual(r.claims[0]!.supports.map((s) => s.event), [e1.id, e2.id]);
  });
});

describe('contradictions, side by side', () => {
  it('role: an actor conflict becomes sides at the role words', () => {
    const x = article('x', 'Former Chair Tom Berg opened the session.', 'Daily Courier');
    const y = article('y', 'Chair Tom Berg opened the session.', 'Evening Post');
    const berg = person('actor-berg', 'Tom Berg', {
      roles: [{ article: 'x', role: 'former Chair', start: 0, end: 12, rule: 'title' }, { article: 'y', role: 'Chair', start: 0, end: 5, rule: 'title' }],
      conflicts: [{ field: 'role', values: [{ article: 'x', value: 'former Chair' }, { article: 'y', value: 'Chair' }], note: 'sources disagree on whether the office is still held' }],
    });
    const r = crossCheck({ articles: [x, y], actors: [berg], quotes: [] }, relations([x, y]));
    const c = r.contradictions.find((k) => k.kind === 'role')!;
    assert.deepEqual(c.sides.map((s) => [s.article, s.text, s.value]), [['x', 'Former Chair', 'former Chair'], ['y', 'Chair', 'Chair']]);
    assert.match(c.note, /Tom Berg/);
  });
  it('amount: a figure asserted and disputed', () => {
    const x = article('x', 'The ministry wants €2 billion from the region to cover past subsidies.', 'Daily Courier');
    const y = article('y', 'The region rejected the ministry’s demand for €2 billion, saying it had received nowhere near that sum.', 'Evening Post');
    const z = article('z', 'The ministry wants 2 billion pounds for something else.', 'Other');
    const r = crossCheck({ articles: [x, y, z], actors: [], quotes: [] }, relations([x, y, z]));
    const c = r.contradictions.filter((k) => k.kind === 'amount');
    assert.equal(c.length, 1);
    assert.deepEqual(c[0]!.sides.map((s) => s.article).sort(), ['x', 'y', 'y'], 'the dispute, its antecedent and the other assertion; not the pounds');
    assert.match(c[0]!.sides[0]!.text, /nowhere near that sum/);
  });
  it('wording: one speaker’s remark in different words; a fragment of the same words is not a contradiction', () => {
    const ruud = 'actor-ruud';
    const e = article('e', 'Ruud called it “a stunt” on Monday.', 'Third Outlet', '2024-03-04');
    const quotes = [quote(A, 'a cynical stunt', ruud), quote(B, 'cynical political theatre.', ruud), quote(e, 'a stunt', ruud)];
    const r = crossCheck({ articles: [A, B, e], actors: [person(ruud, 'Lena Ruud')], quotes }, relations([A, B, e]));
    const w = r.contradictions.filter((k) => k.kind === 'wording');
    assert.equal(w.length, 1, JSON.stringify(w.map((x) => x.note)));
    assert.deepEqual(w[0]!.sides.map((s) => s.text), ['a cynical stunt', 'cynical political theatre.'], '“a stunt” is a fragment of “a cynical stunt”, not a rewording');
    assert.match(w[0]!.note, /Lena Ruud/);
  });
  it('date: the same words of one speaker dated on different days', () => {
    const qa = quote(A, 'We will not be bullied,', 'actor-ruud', { date: '2024-03-04' });
    const qb = quote(B, 'We will not be bullied.', 'actor-ruud', { date: '2024-03-03' });
    const r = crossCheck({ articles: [A, B], actors: [], quotes: [qa, qb] }, relations([A, B]));
    const d = r.contradictions.filter((k) => k.kind === 'date');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0]!.sides.map((s) => s.value), ['2024-03-04', '2024-03-03']);
  });
  it('date: the same event dated differently; a different act on another day is not', () => {
    const x = article('x', 'The board rejected the offer on Tuesday.', 'Daily Courier', '2024-03-06');
    const y = article('y', 'The board rejected the offer on Monday.', 'Evening Post', '2024-03-06');
    const z = article('z', 'The board met the union on Monday.', 'Other', '2024-03-06');
    const ev = [
      event(x, 'The board rejected the offer on Tuesday', 'rejected', { type: 'REJECT', source: 'board', target: 'union', date: '2024-03-05' }),
      event(y, 'The board rejected the offer on Monday', 'rejected', { type: 'REJECT', source: 'board', target: 'union', date: '2024-03-04' }),
      event(z, 'The board met the union on Monday', 'met', { type: 'CONSULT', source: 'board', target: 'union', date: '2024-03-04' }),
    ];
    const r = crossCheck({ articles: [x, y, z], actors: [], quotes: [], events: ev }, relations([x, y, z]));
    assert.deepEqual(r.contradictions.filter((k) => k.kind === 'date').map((k) => k.sides.map((s) => s.article)), [['x', 'y']]);
  });
  it('outcome: failing against advancing in the same week; three weeks apart is the talks changing', () => {
    const late = article('late', 'The two sides are nearing a deal on the lease.', 'Evening Post', '2024-03-27');
    const r = crossCheck({ articles: [A, B], actors: [], quotes: [] }, relations([A, B]));
    const o = r.contradictions.filter((k) => k.kind === 'outcome');
    assert.equal(o.length, 1);
    assert.deepEqual(o[0]!.sides.map((s) => [s.article, s.value]), [['a', '-1'], ['b', '+1']]);
    const apart = crossCheck({ articles: [A, late], actors: [], quotes: [] }, relations([A, late]));
    assert.deepEqual(apart.contradictions.filter((k) => k.kind === 'outcome'), []);
  });
  it('outcome inside one article: quoted speakers who disagree', () => {
    const x = article('x', 'A union official said the offer was “not one our members would accept.” The mediator said the day brought “meetings sealing this for both sides.”', 'Daily Courier');
    const qs = [quote(x, 'not one our members would accept.', 'union'), quote(x, 'meetings sealing this for both sides.', 'mediator')];
    const r = crossCheck({ articles: [x], actors: [], quotes: qs }, relations([x]));
    const o = r.contradictions.filter((k) => k.kind === 'outcome');
    assert.equal(o.length, 1);
    assert.deepEqual(o[0]!.sides.map((s) => s.value), ['-1', '+1']);
  });
});

describe('offsets', () => {
  it('every side and every support is the text at its offsets', () => {
    const quotes = [quote(A, 'We will not be bullied,', 'r'), quote(B, 'We will not be bullied.', 'r'), quote(A, 'a cynical stunt', 'r'), quote(B, 'cynical political theatre.', 'r')];
    const r = CrossCheck.parse(crossCheck({ articles: [A, B], actors: [], quotes }, relations([A, B])));
    const byId = new Map([A, B].map((a) => [a.id, a]));
    assert.ok(r.claims.length > 0 && r.contradictions.length > 0);
    for (const s of [...r.claims.flatMap((c) => c.supports), ...r.contradictions.flatMap((c) => c.sides)]) {
      assert.equal(byId.get(s.article)!.text.slice(s.start, s.end), s.text);
    }
  });
});
