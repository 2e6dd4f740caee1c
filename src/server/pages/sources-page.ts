import { z } from 'zod';
import { PublishedBasis } from '../../model/article.js';
import { ClaimRow, claimRows } from '../data/claim-row.js';
import { ContradictionRow, contradictionRows } from '../data/contradiction-rows.js';
import { RelationRow, relationRows } from '../data/relation-rows.js';
import { PartStatus } from '../data/model-parts.js';
import type { ModelView } from '../data/model-view.js';
import { ArticleRef, toArticleRef } from '../data/refs.js';
import { articleLabel, publishedLabel } from '../html/article-label.js';
import { emptyState, partEmptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { articleHref, spanHref } from '../html/links.js';
import { definePage } from '../http/define-page.js';

const SourceRow = z.object({
  id: z.string(), source: z.string(), segment: z.number().int(),
  outlet: z.string().nullable(), title: z.string().nullable(), url: z.string().nullable(), byline: z.string().nullable(),
  published: z.string().nullable(), publishedBasis: PublishedBasis, publishedNote: z.string().nullable().describe('the evidence the date rests on'),
  characters: z.number().int(), quotes: z.number().int(), actors: z.number().int(),
  duplicateOf: ArticleRef.nullable(), derivedFrom: ArticleRef.nullable(),
});
type SourceRow = z.infer<typeof SourceRow>;

const SourcesData = z.object({
  articles: z.array(SourceRow),
  relations: z.array(RelationRow),
  relationsStatus: PartStatus,
  claims: z.array(ClaimRow),
  claimsStatus: PartStatus,
  contradictions: z.array(ContradictionRow),
  contradictionsStatus: PartStatus,
});
type SourcesData = z.infer<typeof SourcesData>;

function loadSources(view: ModelView): SourcesData {
  const ref = (id: string | null): ArticleRef | null => {
    const a = id ? view.article(id) : undefined;
    return a ? toArticleRef(a) : null;
  };
  const articles = [...view.model.articles]
    .sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || (x.outlet ?? '').localeCompare(y.outlet ?? ''))
    .map((a): SourceRow => {
      const ev = a.evidence.published;
      return {
        id: a.id, source: a.source, segment: a.segment, outlet: a.outlet, title: a.title, url: a.url, byline: a.byline,
        published: a.published, publishedBasis: a.publishedBasis, publishedNote: ev ? (ev.note ?? `${ev.rule}: ${ev.text}`) : null,
        characters: a.text.length,
        quotes: view.model.quotes.filter((q) => q.article === a.id).length,
        actors: view.model.actors.filter((x) => x.articles.includes(a.id)).length,
        duplicateOf: ref(a.duplicateOf), derivedFrom: ref(a.derivedFrom),
      };
    });
  return {
    articles,
    relations: relationRows(view), relationsStatus: view.parts.status.derivations,
    claims: claimRows(view), claimsStatus: view.parts.status.claims,
    contradictions: contradictionRows(view), contradictionsStatus: view.parts.status.contradictions,
  };
}

function articleRow(a: SourceRow, asOf: string | null): SafeHtml {
  return html`<tr><td><a href="${articleHref(a.id, asOf)}">${a.title ?? '(untitled)'}</a><div class="meta">${a.source}#${a.segment}${a.url ? html` · <span class="url">${a.url}</span>` : ''}${a.byline ? html` · ${a.byline}` : ''}</div></td>
<td>${a.outlet ?? html`<span class="missing">unknown</span>`}</td>
<td>${publishedLabel(a.published, a.publishedBasis)}${a.publishedNote ? html`<details class="basis-note"><summary>why this date</summary><div class="meta">${a.publishedNote}</div></details>` : ''}</td>
<td class="num">${a.characters}</td><td class="num">${a.quotes}</td><td class="num">${a.actors}</td></tr>`;
}

function relationItem(r: RelationRow, asOf: string | null): SafeHtml {
  const link = (articleId: string, span: { start: number; end: number; text: string } | null) => (span ? html`<a class="fact" href="${spanHref(articleId, span.start, span.end, asOf)}">${span.text}</a>` : html`<span class="missing">—</span>`);
  return html`<li>${articleLabel(r.article, asOf)} <strong>${r.kind === 'duplicate' ? 'duplicates' : 'rewrites'}</strong> ${articleLabel(r.of, asOf)}${r.note ? html`<div class="meta">${r.note}</div>` : ''}
${r.evidence.length > 0 ? html`<table class="evidence"><thead><tr><th>shared</th><th>in the original</th><th>in the rewrite</th></tr></thead><tbody>${r.evidence.map((e) => html`<tr><td>${e.kind}</td><td>${link(r.of.id, e.original)}</td><td>${link(r.article.id, e.derived)}</td></tr>`)}</tbody></table>` : ''}</li>`;
}

function claimItem(c: ClaimRow, asOf: string | null): SafeHtml {
  return html`<li class="claim"><strong>${c.outlets}</strong> independent ${c.outlets === 1 ? 'source' : 'sources'} · <span class="kind">${c.kind}</span>${c.speakerLabel ? html` · ${c.speakerLabel}` : ''}: ${c.text}
<ul class="reports">${c.supports.map((s) => html`<li><a class="fact" href="${spanHref(s.article, s.start, s.end, asOf)}">${s.text}</a> <span class="meta">${articleLabel(s.from, asOf)}</span></li>`)}</ul></li>`;
}

function contradictionBlock(c: ContradictionRow, asOf: string | null): SafeHtml {
  return html`<div class="contradiction"><h3>${c.topic}</h3>${c.note ? html`<p>${c.note}</p>` : ''}
<div class="sides">${c.sides.map((s) => html`<div class="side"><strong>${s.value}</strong>${s.article && s.start !== null && s.end !== null ? html`<blockquote><a class="fact" href="${spanHref(s.article.id, s.start, s.end, asOf)}">${s.evidence}</a></blockquote>` : ''}<div>${articleLabel(s.article, asOf)}</div></div>`)}</div></div>`;
}

export const sourcesPage = definePage({
  name: 'sources',
  path: '/sources',
  nav: 'sources',
  summary: 'The articles: outlet, date and its basis, duplicate and derived relations, contradictions between sources side by side',
  schema: SourcesData,
  load: ({ view }) => loadSources(view),
  title: () => 'Sources',
  view: (d, { asOf }) => html`<h1>Sources</h1>
${d.articles.length === 0 ? emptyState('No articles in this view.') : html`<table class="sources"><thead><tr><th>article</th><th>outlet</th><th>published (basis)</th><th>chars</th><th>quotes</th><th>actors</th></tr></thead><tbody>${d.articles.map((a) => articleRow(a, asOf))}</tbody></table>`}
<section><h2>Duplicates and rewrites</h2>${d.relations.length === 0 ? (d.relationsStatus.present ? emptyState('No article duplicates or rewrites another.') : partEmptyState(d.relationsStatus, 'Source relations', asOf)) : html`<ul class="relations">${d.relations.map((r) => relationItem(r, asOf))}</ul>`}</section>
<section><h2>Claims and their independent sources</h2>${d.claims.length === 0 ? partEmptyState(d.claimsStatus, 'Claims', asOf) : html`<ul class="claims">${d.claims.map((c) => claimItem(c, asOf))}</ul>`}</section>
<section><h2>Contradictions</h2>${d.contradictions.length === 0 ? emptyState('No contradictions between sources found.') : d.contradictions.map((c) => contradictionBlock(c, asOf))}</section>`,
});
