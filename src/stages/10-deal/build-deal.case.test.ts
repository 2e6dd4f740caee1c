import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Deal } from '../../model/deal.js';
import { buildDeal, DealOptionError } from './index.js';
import { testCorpus } from './testing.js';

/** An invented negotiation between two countries over fishing, in two rounds. */
const FISHING = testCorpus([
  {
    id: 'a1', published: '2024-05-01', title: 'Fishing deal in jeopardy',
    text: '[Norway] is seeking higher fishing quotas in the North Sea. [Iceland] rejected higher fishing quotas on Monday. '
      + '[Iceland] is pushing for marine protections. [Norway] tabled an initial proposal on the quotas. [Iceland] rejected the initial proposal.',
  },
  {
    id: 'a2', published: '2024-05-10',
    text: '[Iceland] accepted higher fishing quotas after [Norway] offered marine protections. [Norway] sent a revised proposal. '
      + 'Talks are ongoing and the two sides are close to a deal.',
  },
]);

const key = (deal: Deal, p: Deal['positions'][number]): string =>
  `${p.article}|${FISHING.actors.find((a) => a.id === p.party)?.name}|${deal.issues.find((i) => i.id === p.issue)?.name}|${p.stance}${p.changed ? '|changed' : ''}`;

describe('buildDeal on invented negotiations', () => {
  const deal = buildDeal(FISHING);

  it('finds the issues the parties argue about, named from the text', () => {
    assert.deepEqual(deal.issues.map((i) => i.name).sort(), ['higher fishing quotas', 'marine protections']);
  });

  const cases: [string, string][] = [
    ['Norway seeks the quotas', 'a1|Norway|higher fishing quotas|demand'],
    ['Iceland refuses them', 'a1|Iceland|higher fishing quotas|reject'],
    ['Iceland asks for protections', 'a1|Iceland|marine protections|demand'],
    ['Iceland later accepts the quotas: a change', 'a2|Iceland|higher fishing quotas|accept|changed'],
    ['Norway offers protections', 'a2|Norway|marine protections|offer'],
  ];
  for (const [what, want] of cases) it(what, () => assert.ok(deal.positions.map((p) => key(deal, p)).includes(want), JSON.stringify(deal.positions.map((p) => key(deal, p)))));

  it('orders drafts by date, with author and reception', () => {
    assert.deepEqual(deal.drafts.map((d) => [d.order, FISHING.actors.find((a) => a.id === d.author)?.name, d.reception, d.date]), [
      [1, 'Norway', 'rejected', '2024-05-01'],
      [2, 'Norway', 'under negotiation', '2024-05-10'],
    ]);
  });

  it('scores the outlook per article and the trend over time', () => {
    assert.deepEqual(deal.outlook.map((o) => Math.sign(o.score)), [-1, 1]);
    assert.ok(deal.outlook[0]?.spans.some((s) => s.field === 'title' && s.text === 'in jeopardy' && s.rule === 'outlook-jeopardy'));
    assert.equal(deal.trend.direction, 'improving');
  });

  it('as of a day, uses only articles published by then', () => {
    const early = buildDeal(FISHING, { asOf: '2024-05-05' });
    assert.deepEqual(early.articles, ['a1']);
    assert.deepEqual(early.excluded.map((e) => e.article), ['a2']);
    assert.ok(early.positions.every((p) => p.article === 'a1' && !p.changed));
  });

  it('as of a day, leaves undated articles out and says so', () => {
    const undated = testCorpus([{ id: 'u', published: null, text: '[Norway] is seeking higher fishing quotas. [Iceland] rejected higher fishing quotas.' }]);
    const asOf = buildDeal({ ...undated, articles: [...FISHING.articles, ...undated.articles], actors: [...FISHING.actors] }, { asOf: '2024-06-01' });
    assert.deepEqual(asOf.excluded, [{ article: 'u', reason: 'undated: cannot tell whether it was published by 2024-06-01' }]);
    assert.ok(asOf.notes.some((n) => n.startsWith('1 undated article left out')));
  });

  it('refuses an as-of that is not a calendar day, with a stable code', () => {
    assert.throws(() => buildDeal(FISHING, { asOf: '2024-02-30' }), (e: unknown) => e instanceof DealOptionError && e.code === 'E_DEAL_AS_OF');
  });

  it('gives every position, draft and outlook phrase spans that equal the article text', () => {
    const text = new Map(FISHING.articles.map((a) => [a.id, a]));
    for (const p of deal.positions) {
      assert.equal(text.get(p.article)?.text.slice(p.start, p.end), p.evidence);
      for (const s of [p.cue, p.issueSpan, ...(p.holder ? [p.holder] : [])]) assert.equal(text.get(s.article)?.text.slice(s.start, s.end), s.text);
    }
    for (const s of deal.drafts.flatMap((d) => d.mentions.flatMap((m) => [m.span, m.evidence]))) assert.equal(text.get(s.article)?.text.slice(s.start, s.end), s.text);
    for (const s of deal.outlook.flatMap((o) => o.spans)) assert.equal((s.field === 'title' ? text.get(s.article)?.title : text.get(s.article)?.text)?.slice(s.start, s.end), s.text);
  });

  it('is deterministic: the same input gives the same ids', () => {
    const again = buildDeal(FISHING);
    assert.deepEqual(again.positions.map((p) => p.id), deal.positions.map((p) => p.id));
    assert.deepEqual(again.issues.map((i) => i.id), deal.issues.map((i) => i.id));
  });

  it('copes with no articles', () => {
    const empty = buildDeal({ articles: [], actors: [], quotes: [] });
    assert.deepEqual([empty.issues, empty.positions, empty.drafts, empty.outlook], [[], [], [], []]);
  });

  it('inside one country, parties are the people and groups themselves', () => {
    const text = (n: number): string => `[Pelosi] is seeking unemployment benefits. [Mnuchin] rejected unemployment benefits. [Pelosi] is pushing for direct payments number ${n}. `
      + `[Mnuchin] offered direct payments. [Mnuchin] accepted unemployment benefits. [Pelosi] wants direct payments.`;
    const domestic = testCorpus([{ id: 'd1', published: '2020-03-20', text: text(1) }, { id: 'd2', published: '2020-03-21', text: text(2) }], {
      Pelosi: { kind: 'person', affiliation: 'USA' }, Mnuchin: { kind: 'person', affiliation: 'USA' },
    });
    domestic.actors.push({ ...domestic.actors[0]!, id: 'actor_us', name: 'United States', kind: 'country', affiliation: 'USA', mentions: [] });
    const d = buildDeal(domestic);
    assert.deepEqual([...new Set(d.positions.map((p) => domestic.actors.find((a) => a.id === p.party)?.name))].sort(), ['Mnuchin', 'Pelosi']);
    assert.ok(d.notes.some((n) => n.includes('inside one country')));
  });
});
