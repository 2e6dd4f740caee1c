import { z } from 'zod';
import { Actor } from '../../model/actor.js';
import { byEventDate, EventRow, toEventRow } from '../data/event-row.js';
import type { ModelView } from '../data/model-view.js';
import { PositionRow, toPositionRow } from '../data/position-row.js';
import { byLatest, QuoteRow, toQuoteRow } from '../data/quote-row.js';
import { ArticleRef, toArticleRef } from '../data/refs.js';
import { articleLabel } from '../html/article-label.js';
import { emptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { eventList } from '../html/event-item.js';
import { pageHref, spanHref } from '../html/links.js';
import { positionList } from '../html/position-item.js';
import { quoteList } from '../html/quote-item.js';
import { notFound } from '../http/api-error.js';
import { definePage } from '../http/define-page.js';

const Span = { start: z.number().int(), end: z.number().int() };

const ActorData = z.object({
  actor: Actor.omit({ mentions: true, roles: true }),
  roles: z.array(z.object({ article: ArticleRef, role: z.string(), ...Span, rule: z.string(), evidence: z.string() })),
  conflicts: z.array(z.object({ field: z.string(), note: z.string(), values: z.array(z.object({ article: ArticleRef.nullable(), value: z.string() })) })),
  mentions: z.array(z.object({ article: ArticleRef, mentions: z.array(z.object({ ...Span, text: z.string(), rule: z.string() })) })),
  quotes: z.array(QuoteRow),
  events: z.array(EventRow),
  positions: z.array(PositionRow),
});
type ActorData = z.infer<typeof ActorData>;

function loadActor(view: ModelView, id: string): ActorData {
  const actor = view.actor(id);
  if (!actor) throw notFound('actor', id, 'actor ids can change with the as-of date; see /actors');
  const ref = (articleId: string): ArticleRef | null => {
    const a = view.article(articleId);
    return a ? toArticleRef(a) : null;
  };
  const { mentions, roles, ...rest } = actor;
  const byArticle = new Map<string, ActorData['mentions'][number]['mentions']>();
  for (const m of mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), { start: m.start, end: m.end, text: m.text, rule: m.rule }]);
  return {
    actor: rest,
    roles: roles.flatMap((r) => {
      const a = view.article(r.article);
      return a ? [{ article: toArticleRef(a), role: r.role, start: r.start, end: r.end, rule: r.rule, evidence: a.text.slice(r.start, r.end) }] : [];
    }),
    conflicts: actor.conflicts.map((c) => ({ field: c.field, note: c.note, values: c.values.map((v) => ({ article: ref(v.article), value: v.value })) })),
    mentions: [...byArticle].flatMap(([articleId, ms]) => {
      const a = ref(articleId);
      return a ? [{ article: a, mentions: ms.sort((x, y) => x.start - y.start) }] : [];
    }),
    quotes: view.model.quotes.filter((q) => q.speaker === id).map((q) => toQuoteRow(q, view)).sort(byLatest),
    events: view.parts.events.filter((e) => e.source === id || e.target === id).map((e) => toEventRow(e, view)).sort(byEventDate),
    positions: view.parts.positions.filter((p) => p.party === id).map((p) => toPositionRow(p, view)),
  };
}

function header(d: ActorData): SafeHtml {
  const a = d.actor;
  return html`<h1>${a.name}</h1>
<p class="actor-facts"><span class="kind">${a.kind}</span>${a.role ? html` · <span class="role">${a.role}</span>` : ''}${a.affiliation ? html` · <span class="affiliation">${a.affiliation}</span>` : ''} · in ${a.articles.length} articles</p>
${a.aliases.length > 0 ? html`<p class="aliases">Also written: ${a.aliases.join(' · ')}</p>` : ''}`;
}

function rolesSection(d: ActorData, asOf: string | null): SafeHtml {
  if (d.roles.length === 0) return emptyState('No article gives this actor a role.');
  return html`<table><thead><tr><th>article</th><th>role</th><th>as printed</th><th>rule</th></tr></thead><tbody>
${d.roles.map((r) => html`<tr><td>${articleLabel(r.article, asOf)}</td><td>${r.role}</td><td><a class="fact" href="${spanHref(r.article.id, r.start, r.end, asOf)}">${r.evidence}</a></td><td><code>${r.rule}</code></td></tr>`)}
</tbody></table>`;
}

function conflictsSection(d: ActorData, asOf: string | null): SafeHtml {
  if (d.conflicts.length === 0) return emptyState('The sources agree about this actor.');
  return html`${d.conflicts.map((c) => html`<div class="contradiction"><p>${c.note}</p><div class="sides">${c.values.map((v) => html`<div class="side"><strong>${v.value}</strong><div>${articleLabel(v.article, asOf)}</div></div>`)}</div></div>`)}`;
}

function mentionsSection(d: ActorData, asOf: string | null): SafeHtml {
  return html`<ul class="mentions">${d.mentions.map((g) => html`<li>${articleLabel(g.article, asOf)}: ${g.mentions.map((m, i) => html`${i > 0 ? ', ' : ''}<a class="fact mention" href="${spanHref(g.article.id, m.start, m.end, asOf)}" title="${m.rule}">${m.text}</a>`)}</li>`)}</ul>`;
}

export const actorPage = definePage({
  name: 'actor',
  path: '/actors/:id',
  nav: 'actors',
  summary: 'One actor: roles per article, conflicts between sources, quotes, events, positions and every mention',
  schema: ActorData,
  load: ({ view, params }) => loadActor(view, params.id ?? ''),
  title: (d) => d.actor.name,
  view: (d, { asOf }) => html`${header(d)}
<section><h2>Roles per article</h2>${rolesSection(d, asOf)}</section>
<section><h2>Conflicts between sources</h2>${conflictsSection(d, asOf)}</section>
<section><h2>Quotes</h2>${d.quotes.length > 0 ? quoteList(d.quotes, asOf) : emptyState('No quotes by this actor.')}
${d.quotes.length > 0 ? html`<p><a href="${pageHref('/quotes', asOf, { speaker: d.actor.id })}">as a quotes page →</a></p>` : ''}</section>
<section><h2>Events</h2>${d.events.length > 0 ? eventList(d.events, asOf) : emptyState('No events with this actor.')}</section>
${d.positions.length > 0 ? html`<section><h2>Positions</h2>${positionList(d.positions, asOf)}</section>` : ''}
<section><h2>Mentions</h2>${mentionsSection(d, asOf)}</section>
<section><h2>Why</h2><p class="why">${d.actor.why.map((w, i) => html`${i > 0 ? ' · ' : ''}<code>${w}</code>`)}</p></section>`,
});
