import { z } from 'zod';
import { InputIssue } from '../../model/issue.js';
import { PartStatus } from '../data/model-parts.js';
import type { ModelView } from '../data/model-view.js';
import { byLatest, QuoteRow, toQuoteRow } from '../data/quote-row.js';
import { ActorSummary, byProminence, toActorSummary } from '../data/refs.js';
import { outlookLabel, outlookByDate, OutlookDay } from '../data/outlook-series.js';
import { emptyState, partEmptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { actorHref, articleHref, pageHref, spanHref } from '../html/links.js';
import { quoteList } from '../html/quote-item.js';
import { definePage } from '../http/define-page.js';

const TOP_ACTORS = 12;
const LATEST_QUOTES = 8;

const OverviewData = z.object({
  standing: z.object({
    date: z.string().nullable(), score: z.number(), label: z.string(), article: z.string(),
    phrases: z.array(z.object({ text: z.string(), field: z.enum(['text', 'title']), start: z.number().int(), end: z.number().int(), weight: z.number() })).describe('the words the signal rests on (title offsets point into the title)'),
    direction: z.enum(['improving', 'worsening', 'steady', 'unknown']).nullable(), change: z.number().nullable(),
  }).nullable().describe('the latest outlook signal, when the model has one'),
  notes: z.array(z.string()).describe('what the deal model says it could not do'),
  articles: z.object({ total: z.number().int(), dated: z.number().int(), undated: z.number().int(), from: z.string().nullable(), to: z.string().nullable() }),
  outlets: z.array(z.object({ outlet: z.string(), articles: z.number().int() })),
  counts: z.object({ actors: z.number().int(), quotes: z.number().int(), events: z.number().int(), issues: z.number().int(), positions: z.number().int(), drafts: z.number().int() }),
  outlook: z.array(OutlookDay),
  topActors: z.array(ActorSummary),
  latestQuotes: z.array(QuoteRow),
  stageIssues: z.array(InputIssue),
  parts: z.record(z.string(), PartStatus),
});
type OverviewData = z.infer<typeof OverviewData>;

function loadOverview(view: ModelView): OverviewData {
  const { model, parts } = view;
  const dates = model.articles.map((a) => a.published).filter((d): d is string => d !== null).sort();
  const outlets = new Map<string, number>();
  for (const a of model.articles) outlets.set(a.outlet ?? 'unknown outlet', (outlets.get(a.outlet ?? 'unknown outlet') ?? 0) + 1);
  const outlook = outlookByDate(parts.outlook, parts.trend);
  const latest = [...parts.outlook].filter((p) => p.date !== null).sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''))[0] ?? parts.outlook.at(-1);
  return {
    standing: latest
      ? {
        date: latest.date, score: latest.score, label: outlookLabel(latest.score), article: latest.article,
        phrases: latest.spans.filter((sp) => sp.article === latest.article).map((sp) => ({ text: sp.text, field: sp.field, start: sp.start, end: sp.end, weight: sp.weight })),
        direction: parts.trend?.direction ?? null, change: parts.trend?.change ?? null,
      }
      : null,
    notes: parts.dealNotes,
    articles: { total: model.articles.length, dated: dates.length, undated: model.articles.length - dates.length, from: dates[0] ?? null, to: dates.at(-1) ?? null },
    outlets: [...outlets].map(([outlet, articles]) => ({ outlet, articles })).sort((x, y) => y.articles - x.articles || x.outlet.localeCompare(y.outlet)),
    counts: {
      actors: model.actors.length, quotes: model.quotes.length, events: parts.events.length,
      issues: parts.dealIssues.length, positions: parts.positions.length, drafts: parts.drafts.length,
    },
    outlook,
    topActors: model.actors.map(toActorSummary).sort(byProminence).slice(0, TOP_ACTORS),
    latestQuotes: model.quotes.map((q) => toQuoteRow(q, view)).sort(byLatest).slice(0, LATEST_QUOTES),
    stageIssues: model.issues,
    parts: parts.status,
  };
}

function standingSection(d: OverviewData, asOf: string | null): SafeHtml {
  const s = d.standing;
  const headline = s
    ? html`<p class="standing standing-${s.score < 0 ? 'down' : 'up'}">Latest signal: <strong>${s.label}</strong> (${s.score.toFixed(2)}${s.date ? `, ${s.date}` : ''})${s.direction && s.direction !== 'unknown' ? html` · trend: <strong>${s.direction}</strong>${s.change !== null ? ` (${s.change >= 0 ? '+' : ''}${s.change.toFixed(2)})` : ''}` : ''}</p>
${s.phrases.length > 0 ? html`<p class="phrases">Resting on: ${s.phrases.map((p, i) => html`${i > 0 ? ' · ' : ''}${p.field === 'text' ? html`<a class="fact" href="${spanHref(s.article, p.start, p.end, asOf)}">${p.text}</a>` : html`<a href="${articleHref(s.article, asOf)}">${p.text}</a> <span class="meta">(headline)</span>`}`)}</p>` : ''}`
    : partEmptyState(d.parts.outlook ?? { present: false, items: 0, rejected: 0 }, 'The outlook signal', asOf);
  const chart = d.outlook.length > 0
    ? html`<figure class="chart"><div class="chart-box"><canvas id="outlook-chart" data-src="${pageHref('/index.json', asOf)}" aria-label="Outlook over time, from collapse (−1) to signed (+1)"></canvas></div>
<figcaption>Outlook over time: −1 collapse … +1 signed, mean per day.</figcaption>
<details><summary>The numbers</summary><table><thead><tr><th>date</th><th>score</th><th>articles</th></tr></thead><tbody>${d.outlook.map((o) => html`<tr><td>${o.date}</td><td>${o.score.toFixed(2)}</td><td>${o.articles}</td></tr>`)}</tbody></table></details></figure>`
    : '';
  const notes = d.notes.length > 0 ? html`<ul class="notes">${d.notes.map((n) => html`<li>${n}</li>`)}</ul>` : '';
  return html`<section><h2>Where the talks stand</h2>${headline}${chart}${notes}</section>`;
}

function coverageSection(d: OverviewData): SafeHtml {
  const range = d.articles.from ? html`published ${d.articles.from}${d.articles.to !== d.articles.from ? html` to ${d.articles.to}` : ''}` : 'no dated articles';
  return html`<section><h2>Coverage</h2>
<p class="stats"><strong>${d.articles.total}</strong> articles from <strong>${d.outlets.length}</strong> outlets, ${range}${d.articles.undated > 0 ? ` (${d.articles.undated} undated)` : ''} ·
<strong>${d.counts.actors}</strong> actors · <strong>${d.counts.quotes}</strong> quotes · <strong>${d.counts.events}</strong> events · <strong>${d.counts.issues}</strong> issues · <strong>${d.counts.drafts}</strong> drafts</p>
<ul class="outlets">${d.outlets.map((o) => html`<li>${o.outlet} <span class="count">${o.articles}</span></li>`)}</ul>
${d.stageIssues.length > 0 ? html`<div class="warning"><h3>Articles a stage failed on</h3><ul>${d.stageIssues.map((i) => html`<li>${i.message}</li>`)}</ul></div>` : ''}
</section>`;
}

function actorsSection(d: OverviewData, asOf: string | null): SafeHtml {
  if (d.topActors.length === 0) return html`<section><h2>Top actors</h2>${emptyState('No actors found.')}</section>`;
  return html`<section><h2>Top actors</h2><table class="actors"><thead><tr><th>name</th><th>role</th><th>affiliation</th><th>mentions</th><th>articles</th></tr></thead><tbody>
${d.topActors.map((a) => html`<tr><td><a href="${actorHref(a.id, asOf)}">${a.name}</a></td><td>${a.role ?? ''}</td><td>${a.affiliation ?? ''}</td><td class="num">${a.mentions}</td><td class="num">${a.articles}</td></tr>`)}
</tbody></table><p><a href="${pageHref('/actors', asOf)}">all actors and their network →</a></p></section>`;
}

export const overviewPage = definePage({
  name: 'overview',
  path: '/',
  nav: 'overview',
  summary: 'Where the talks stand: articles, outlets, date range, outlook over time, top actors, latest quotes',
  schema: OverviewData,
  scripts: ['/static/vendor/chart.umd.js', '/static/outlook-chart.js'],
  load: ({ view }) => loadOverview(view),
  title: () => 'Overview',
  view: (d, { asOf }) => html`<h1>Overview</h1>
${standingSection(d, asOf)}
${coverageSection(d)}
${actorsSection(d, asOf)}
<section><h2>Latest quotes</h2>${d.latestQuotes.length > 0 ? quoteList(d.latestQuotes, asOf) : emptyState('No quotes found.')}
<p><a href="${pageHref('/quotes', asOf)}">all quotes →</a></p></section>`,
});
