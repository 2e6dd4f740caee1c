import { z } from 'zod';
import { ActRow, actRows } from '../data/act-row.js';
import { ActsOnDay, actsPerDay } from '../data/acts-per-day.js';
import { PartStatus } from '../data/model-parts.js';
import type { ModelView } from '../data/model-view.js';
import { ArticleRef, toArticleRef } from '../data/refs.js';
import { ApiError } from '../http/api-error.js';
import { actList } from '../html/act-item.js';
import { articleLabel } from '../html/article-label.js';
import { emptyState, partEmptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { pageHref } from '../html/links.js';
import { definePage } from '../http/define-page.js';

const TimelineData = z.object({
  modality: z.enum(['asserted', 'all']).describe('asserted: acts the text says happened; all: planned, hypothetical and demanded acts too'),
  mode: z.enum(['events', 'articles']).describe('events when the model has them, else the dated articles alone'),
  days: z.array(z.object({ date: z.string(), acts: z.array(ActRow), articles: z.array(ArticleRef) })),
  undatedActs: z.array(ActRow),
  undatedArticles: z.number().int(),
  types: z.array(z.string()).describe('the event types of dated acts, for the chart legend'),
  actsPerDay: z.array(ActsOnDay),
  events: z.number().int().describe('events behind the acts shown'),
  eventsStatus: PartStatus,
});
type TimelineData = z.infer<typeof TimelineData>;

function parseModality(raw: string | null): 'asserted' | 'all' {
  if (raw === null || raw === '' || raw === 'asserted') return 'asserted';
  if (raw === 'all') return 'all';
  throw new ApiError(400, 'E_MODALITY', `modality must be asserted or all, got '${raw.slice(0, 40)}'`);
}

function loadTimeline(view: ModelView, modality: 'asserted' | 'all'): TimelineData {
  const acts = actRows(view, modality === 'all');
  const days = new Map<string, { acts: ActRow[]; articles: ArticleRef[] }>();
  const day = (date: string): { acts: ActRow[]; articles: ArticleRef[] } => {
    const found = days.get(date) ?? { acts: [], articles: [] };
    days.set(date, found);
    return found;
  };
  for (const a of acts) if (a.date !== null) day(a.date).acts.push(a);
  for (const a of view.model.articles) if (a.published !== null) day(a.published).articles.push(toArticleRef(a));
  const dated = acts.filter((a) => a.date !== null);
  return {
    modality,
    mode: acts.length > 0 ? 'events' : 'articles',
    days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, d]) => ({ date, ...d })),
    undatedActs: acts.filter((a) => a.date === null),
    undatedArticles: view.model.articles.filter((a) => a.published === null).length,
    types: [...new Set(dated.map((a) => a.type))].sort(),
    actsPerDay: actsPerDay(acts),
    events: acts.reduce((n, a) => n + a.events.length, 0),
    eventsStatus: view.parts.status.events,
  };
}

function chart(d: TimelineData, asOf: string | null): SafeHtml {
  if (d.actsPerDay.length === 0) return html``;
  return html`<figure class="chart"><div class="chart-box"><canvas id="events-chart" data-src="${pageHref('/timeline.json', asOf, { modality: d.modality === 'all' ? 'all' : null })}" aria-label="Acts per day by type"></canvas></div>
<figcaption>Acts per day, stacked by PLOVER type; an act reported by several articles counts once.</figcaption></figure>`;
}

function dayBlock(day: TimelineData['days'][number], asOf: string | null): SafeHtml {
  return html`<li class="day" id="day-${day.date}"><h3><time datetime="${day.date}">${day.date}</time></h3>
${day.acts.length > 0 ? actList(day.acts, asOf) : ''}
${day.articles.length > 0 ? html`<p class="published">Published that day:</p><ul class="articles">${day.articles.map((a) => html`<li>${articleLabel(a, asOf)}</li>`)}</ul>` : ''}
</li>`;
}

function modalitySwitch(d: TimelineData, asOf: string | null): SafeHtml {
  return d.modality === 'all'
    ? html`<p class="filters">Showing every act, planned, hypothetical and demanded ones included · <a href="${pageHref('/timeline', asOf)}">only acts the text says happened</a></p>`
    : html`<p class="filters">Showing acts the text says happened · <a href="${pageHref('/timeline', asOf, { modality: 'all' })}">include planned, hypothetical and demanded acts</a></p>`;
}

export const timelinePage = definePage({
  name: 'timeline',
  path: '/timeline',
  nav: 'timeline',
  summary: 'Who did what to whom, by date: acts merged across the articles that report them (dated articles when there are no events)',
  query: [{ name: 'modality', description: 'asserted (default): acts the text says happened; all: planned, hypothetical and demanded acts too' }],
  schema: TimelineData,
  scripts: ['/static/vendor/chart.umd.js', '/static/events-chart.js'],
  load: ({ view, query }) => loadTimeline(view, parseModality(query.get('modality'))),
  title: () => 'Timeline',
  view: (d, { asOf }) => html`<h1>Timeline</h1>
${d.mode === 'articles' ? html`<div class="note">${partEmptyState(d.eventsStatus, 'Events', asOf)}<p>Showing the dated articles.</p></div>` : modalitySwitch(d, asOf)}
${chart(d, asOf)}
${d.days.length > 0 ? html`<ol class="timeline">${d.days.map((day) => dayBlock(day, asOf))}</ol>` : emptyState('Nothing dated to show.')}
${d.undatedActs.length > 0 ? html`<section><h2>Acts the text gives no day for (${d.undatedActs.length})</h2><details><summary>show them</summary>${actList(d.undatedActs, asOf)}</details></section>` : ''}
${d.undatedArticles > 0 ? html`<p class="note">${d.undatedArticles} undated articles are not on the timeline; see <a href="${pageHref('/sources', asOf)}">sources</a>.</p>` : ''}`,
});
