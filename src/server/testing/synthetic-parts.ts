import type { Claim, Contradiction } from '../../model/claim.js';
import type { DealSpan, Draft, Issue, Outlook, Position } from '../../model/deal.js';
import type { DerivationLink } from '../../model/relation.js';
import type { BuildModel } from '../data/model-source.js';

/**
 * Wraps a model builder so its models also carry a deal model (stage 10), a cross-check (stage 11)
 * and source relations (stage 05) made from their own quotes — real articles, real spans — so the
 * pages for those parts are tested before the stages are wired into buildModel. One item of each
 * list is malformed on purpose: the pages must count it, not show it.
 */
export function withSyntheticParts(build: BuildModel): BuildModel {
  return (articles) => {
    const model = build(articles);
    const published = new Map(model.articles.map((a) => [a.id, a.published]));
    const text = new Map(model.articles.map((a) => [a.id, a.text]));
    const said = model.quotes.filter((q) => q.speaker !== null && published.get(q.article));
    // Two quotes from two articles, so a claim, a contradiction and a derivation can join them.
    const first = said[0];
    const second = said.find((q) => q.article !== first?.article);
    if (!first || !second) return model;
    const span = (article: string, start: number, end: number): DealSpan => ({ article, start, end, text: (text.get(article) ?? '').slice(start, end) });
    const country = (id: string | null): string | null => model.actors.find((a) => a.id === id)?.affiliation ?? null;
    const issues: Issue[] = [
      { id: 'issue_security', name: 'security guarantees', aliases: ['security guarantee'], origin: 'found', head: 'guarantee', mentions: [span(first.article, first.start, first.end)], articles: [first.article], why: ['test'] },
      { id: 'issue_aid', name: 'compensation for past aid', aliases: [], origin: 'config', head: 'aid', mentions: [], articles: [], why: ['test'] },
    ];
    const position = (q: typeof first, issue: string, stance: Position['stance'], id: string): Position => ({
      id, party: q.speaker ?? '', partyCode: country(q.speaker), issue, stance, date: published.get(q.article) ?? null, dateBasis: 'published',
      article: q.article, start: q.start, end: q.end, evidence: q.text, cue: span(q.article, q.start, q.start + 1), issueSpan: span(q.article, q.start, q.end),
      holder: null, holderActor: q.speaker, source: 'quote', sourceId: q.id, rule: 'test', why: ['test'], changed: false, previousStance: null, confidence: 0.5,
    });
    const draft: Draft = {
      id: 'draft_1', label: 'First US draft', author: second.speaker, authorCode: country(second.speaker), date: published.get(first.article) ?? null, order: 1, reception: 'rejected',
      articles: [first.article], terms: [{ kind: 'issue', text: 'security guarantees', issue: 'issue_security', present: false, span: span(first.article, first.start, first.end), rule: 'test' }],
      mentions: [{ span: span(first.article, first.start, first.end), evidence: span(first.article, first.start, first.end), generation: 'initial', author: second.speaker, authorSpan: null, reception: 'rejected', receptionSpan: null, date: null, rule: 'test', why: [] }],
    };
    const outlook: Outlook[] = [...published].filter(([, d]) => d !== null).map(([article, date], i) => ({
      article, date, score: Math.max(-1, 0.4 - i * 0.15), phrases: ['talks grow antagonistic'],
      spans: [{ ...span(article, 0, 10), field: 'text', weight: -0.5, rule: 'test' }, { article, start: 0, end: 4, text: 'Deal', field: 'title', weight: -0.2, rule: 'test' }],
    }));
    const claims: Claim[] = [{
      id: 'claim_1', kind: 'quote', text: first.text, speaker: first.speaker, type: null, source: null, target: null, date: null, outlets: 2,
      supports: [first, second].map((q) => ({ article: q.article, text: q.text, start: q.start, end: q.end, quote: q.id, event: null })),
      sources: [{ outlets: ['a'], articles: [first.article] }, { outlets: ['b'], articles: [second.article] }], why: ['test'],
    }];
    const contradictions: Contradiction[] = [{
      id: 'contra_1', kind: 'outcome', note: 'the outlets disagree on who walked away', rule: 'test',
      sides: [{ article: first.article, text: first.text, start: first.start, end: first.end, value: 'Kyiv', rule: 'test' }, { article: second.article, text: second.text, start: second.start, end: second.end, value: 'Washington', rule: 'test' }],
    }];
    const derivations: DerivationLink[] = [{
      article: second.article, from: first.article, score: 0.8, rule: 'test', direction: { rule: 'earlier', note: 'the original was published first' },
      signals: { jaccard: 0.1, containment: 0.2, exclusive: 1, shared: 1, coverage: 0.5, order: 1, units: 1 },
      evidence: [{ kind: 'quote', rule: 'test', weight: 1, original: span(first.article, first.start, first.end), derived: span(second.article, second.start, second.end) }],
    }];
    const extra = {
      deal: {
        issues, positions: [position(first, 'issue_security', 'demand', 'pos_1'), position(second, 'issue_aid', 'red line', 'pos_2'), { id: 'pos_broken', stance: 'shrug' }],
        drafts: [draft], outlook, trend: { points: [], change: null, direction: 'worsening' }, notes: ['1 undated article excluded (test note)'],
      },
      crosscheck: { ...model.crosscheck, claims, contradictions },
      relations: { ...model.relations, derivations },
    };
    return { ...model, ...extra };
  };
}
