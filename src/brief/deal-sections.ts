import type { DealModel } from '../analysis/build-model.js';
import type { ArticleDoc } from '../pipeline/article-doc.js';
import type { BriefSection, BriefSentence } from './brief-model.js';
import { citeSpan } from './cite.js';

interface DealContext {
  model: DealModel;
  docs: Map<string, ArticleDoc>;
  name: (actorId: string | null) => string;
}

const describeScore = (score: number): string =>
  score >= 0.6 ? 'close to a deal' : score >= 0.2 ? 'moving towards a deal' : score > -0.2 ? 'uncertain' : score > -0.6 ? 'in trouble' : 'near collapse';

/** Where the talks stand: each dated article's outlook, latest first, resting on its own phrases. */
export function standingSection(ctx: DealContext): BriefSection {
  const { outlook, trend } = ctx.model.deal;
  const byDate = [...outlook].filter((o) => o.spans.some((s) => s.field === 'text')).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const sentences: BriefSentence[] = byDate.slice(0, 6).map((o) => {
    const spans = o.spans.filter((s) => s.field === 'text').slice(0, 3);
    const a = ctx.model.articles.find((x) => x.id === o.article);
    const when = o.date ? `On ${o.date}` : 'Undated';
    const trendNote = o === byDate[0] && trend.direction !== 'unknown' ? ` Over the coverage the outlook is ${trend.direction}.` : '';
    return {
      text: `${when}, ${a?.outlet ?? 'an unattributed article'} reads the talks as ${describeScore(o.score)} (${o.score.toFixed(2)}): ${spans.map((s) => `“${s.text}”`).join(', ')}.${trendNote}`,
      cites: spans.map((s) => citeSpan(ctx.docs.get(o.article), o.article, s.start, s.end, [s.text])),
    };
  });
  return { title: 'Where the talks stand', empty: 'No outlook phrase was found in the article texts.', sentences };
}

/** The issues × parties matrix: the latest stance of each party on each issue, with its evidence. */
export function matrixSection(ctx: DealContext): BriefSection {
  const { issues, positions } = ctx.model.deal;
  const issueName = new Map(issues.map((i) => [i.id, i.name]));
  const latest = new Map<string, (typeof positions)[number]>();
  for (const p of [...positions].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) latest.set(`${p.issue}|${p.party}`, p);
  const rows = [...latest.values()]
    .sort((a, b) => (issueName.get(a.issue) ?? '').localeCompare(issueName.get(b.issue) ?? '') || ctx.name(a.party).localeCompare(ctx.name(b.party)))
    .map((p) => ({
      cells: [issueName.get(p.issue) ?? p.issue, ctx.name(p.party), p.stance + (p.changed ? ` (was ${p.previousStance ?? 'different'})` : ''), p.date ?? 'undated'],
      backing: { text: p.evidence, cites: [citeSpan(ctx.docs.get(p.article), p.article, p.start, p.end, [p.evidence])] },
    }));
  return { title: 'Issues and positions', empty: 'No position on an issue was found.', sentences: [], table: { head: ['issue', 'party', 'stance', 'date'], rows } };
}

/** The drafts in order, who tabled each and how it was received, each resting on its mention. */
export function draftsSection(ctx: DealContext): BriefSection {
  const sentences: BriefSentence[] = [...ctx.model.deal.drafts].sort((a, b) => a.order - b.order).flatMap((d) => {
    const m = d.mentions[0];
    if (!m) return [];
    const terms = d.terms.filter((t) => t.kind === 'amount' || t.kind === 'resource').map((t) => t.text).slice(0, 3);
    const author = d.author ? ` tabled by ${ctx.name(d.author)}` : '';
    return [{
      text: `Draft ${d.order}, ${d.label}${author}${d.date ? `, ${d.date}` : ''}: ${d.reception}${terms.length > 0 ? `; terms named: ${terms.join(', ')}` : ''}.`,
      cites: [citeSpan(ctx.docs.get(m.evidence.article), m.evidence.article, m.evidence.start, m.evidence.end, [m.span.text])],
    }];
  });
  return { title: 'Drafts', empty: 'No proposal or draft was found.', sentences };
}
