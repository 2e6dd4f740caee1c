import { z } from 'zod';
import { Reception } from '../../model/deal.js';
import { PartStatus } from '../data/model-parts.js';
import type { ModelView } from '../data/model-view.js';
import { ArticleRef, toArticleRef } from '../data/refs.js';
import { articleLabel } from '../html/article-label.js';
import { partEmptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { actorHref, spanHref } from '../html/links.js';
import { definePage } from '../http/define-page.js';

const SpanRef = z.object({ article: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() });

const DraftRow = z.object({
  id: z.string(), label: z.string(), order: z.number().int(), author: z.string().nullable(), authorLabel: z.string().nullable(),
  date: z.string().nullable(), reception: Reception, articles: z.array(ArticleRef),
  terms: z.array(z.object({ kind: z.string(), text: z.string(), present: z.boolean(), issueName: z.string().nullable(), span: SpanRef })),
  mentions: z.array(z.object({ span: SpanRef, evidence: SpanRef.describe('the sentence the mention stands in'), generation: z.string(), reception: Reception, receptionSpan: SpanRef.nullable(), from: ArticleRef.nullable() })),
});
type DraftRow = z.infer<typeof DraftRow>;

const DraftsData = z.object({ drafts: z.array(DraftRow), status: PartStatus });
type DraftsData = z.infer<typeof DraftsData>;

function loadDrafts(view: ModelView): DraftsData {
  const ref = (id: string) => {
    const a = view.article(id);
    return a ? toArticleRef(a) : null;
  };
  return {
    drafts: [...view.parts.drafts].sort((x, y) => x.order - y.order).map((d) => ({
      id: d.id, label: d.label, order: d.order, author: d.author, authorLabel: view.actorName(d.author) ?? d.authorCode, date: d.date, reception: d.reception,
      articles: d.articles.flatMap((id) => ref(id) ?? []),
      terms: d.terms.map((t) => ({ kind: t.kind, text: t.text, present: t.present, issueName: t.issue ? view.parts.dealIssues.find((i) => i.id === t.issue)?.name ?? t.issue : null, span: t.span })),
      mentions: d.mentions.map((m) => ({ span: m.span, evidence: m.evidence, generation: m.generation, reception: m.reception, receptionSpan: m.receptionSpan, from: ref(m.span.article) })),
    })),
    status: view.parts.status.drafts,
  };
}

function draftItem(x: DraftRow, asOf: string | null): SafeHtml {
  const link = (s: z.infer<typeof SpanRef>, text: string = s.text) => html`<a class="fact" href="${spanHref(s.article, s.start, s.end, asOf)}">${text}</a>`;
  return html`<li class="draft reception-${x.reception.replace(/\s+/g, '-')}">
  <h3>${x.order}. ${x.label}</h3>
  <p class="meta">${x.date ?? 'undated'} · tabled by ${x.author ? html`<a href="${actorHref(x.author, asOf)}">${x.authorLabel ?? x.author}</a>` : (x.authorLabel ?? 'unknown')} · received: <strong class="reception">${x.reception}</strong></p>
  ${x.terms.length > 0 ? html`<p class="terms">Terms: ${x.terms.map((t, i) => html`${i > 0 ? ' · ' : ''}<span class="term term-${t.kind}${t.present ? '' : ' absent'}">${t.present ? '' : 'without '}${link(t.span, t.issueName ?? t.text)}</span>`)}</p>` : ''}
  <ul class="reports">${x.mentions.map((m) => html`<li>${link(m.evidence)}${m.receptionSpan ? html` — ${link(m.receptionSpan)}` : ''} <span class="meta">(${m.generation}, ${m.reception}) · ${articleLabel(m.from, asOf)}</span></li>`)}</ul>
</li>`;
}

export const draftsPage = definePage({
  name: 'drafts',
  path: '/drafts',
  nav: 'drafts',
  summary: 'The drafts that went back and forth, in order: who tabled them, when, their terms and how each was received',
  schema: DraftsData,
  load: ({ view }) => loadDrafts(view),
  title: () => 'Drafts',
  view: (d, { asOf }) => html`<h1>Drafts</h1>
${d.drafts.length === 0 ? partEmptyState(d.status, 'Drafts', asOf) : html`<ol class="drafts">${d.drafts.map((x) => draftItem(x, asOf))}</ol>`}`,
});
