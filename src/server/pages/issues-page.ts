import { z } from 'zod';
import { PartStatus } from '../data/model-parts.js';
import type { ModelView } from '../data/model-view.js';
import { byPositionDate, PositionRow, stanceClass, toPositionRow } from '../data/position-row.js';
import { partEmptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { actorHref, spanHref } from '../html/links.js';
import { definePage } from '../http/define-page.js';

const Cell = z.object({ issue: z.string(), party: z.string(), latest: PositionRow, history: z.array(PositionRow).describe('every stance, oldest first') });

const IssuesData = z.object({
  issues: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), origin: z.string(), articles: z.number().int(), firstMention: z.object({ article: z.string(), start: z.number().int(), end: z.number().int() }).nullable() })),
  parties: z.array(z.object({ id: z.string(), name: z.string() })),
  cells: z.array(Cell),
  status: z.object({ issues: PartStatus, positions: PartStatus }),
});
type IssuesData = z.infer<typeof IssuesData>;

function loadIssues(view: ModelView): IssuesData {
  const rows = view.parts.positions.map((p) => toPositionRow(p, view)).sort(byPositionDate);
  const cells = new Map<string, PositionRow[]>();
  for (const r of rows) cells.set(`${r.issue}|${r.party}`, [...(cells.get(`${r.issue}|${r.party}`) ?? []), r]);
  const partyIds = [...new Set(rows.map((r) => r.party))];
  return {
    issues: view.parts.dealIssues.map((i) => {
      const m = i.mentions[0];
      return { id: i.id, name: i.name, aliases: i.aliases.filter((a) => a !== i.name), origin: i.origin, articles: i.articles.length, firstMention: m ? { article: m.article, start: m.start, end: m.end } : null };
    }),
    parties: partyIds.map((id) => ({ id, name: view.actorName(id) ?? id })).sort((x, y) => x.name.localeCompare(y.name)),
    cells: [...cells.values()].map((history) => {
      const latest = history.at(-1)!;
      return { issue: latest.issue, party: latest.party, latest, history };
    }),
    status: { issues: view.parts.status.dealIssues, positions: view.parts.status.positions },
  };
}

function cell(d: IssuesData, issue: string, party: string, asOf: string | null): SafeHtml {
  const c = d.cells.find((x) => x.issue === issue && x.party === party);
  if (!c) return html`<td class="cell none">—</td>`;
  const p = c.latest;
  const earlier = c.history.slice(0, -1);
  return html`<td class="cell ${stanceClass(p.stance)}${p.changed ? ' changed' : ''}"><a class="fact" href="${spanHref(p.article, p.start, p.end, asOf)}" title="${p.evidence}">${p.stance}</a><div class="meta">${p.date ?? 'undated'}${p.changed && p.previousStance ? ` · was ${p.previousStance}` : ''}</div>
${earlier.length > 0 ? html`<details><summary>${earlier.length} earlier</summary><ul>${earlier.map((e) => html`<li><a class="fact" href="${spanHref(e.article, e.start, e.end, asOf)}">${e.stance}</a>${e.date ? ` ${e.date}` : ''}</li>`)}</ul></details>` : ''}</td>`;
}

function matrix(d: IssuesData, asOf: string | null): SafeHtml {
  if (d.issues.length === 0) return partEmptyState(d.status.issues, 'Issues', asOf);
  const table = html`<table class="matrix"><thead><tr><th>issue</th>${d.parties.map((p) => html`<th><a href="${actorHref(p.id, asOf)}">${p.name}</a></th>`)}</tr></thead><tbody>
${d.issues.map((i) => html`<tr><th scope="row">${i.firstMention ? html`<a class="fact" href="${spanHref(i.firstMention.article, i.firstMention.start, i.firstMention.end, asOf)}">${i.name}</a>` : i.name}<div class="aliases">${[...i.aliases, `${i.articles} articles`, i.origin === 'config' ? 'from your issue config' : null].filter(Boolean).join(' · ')}</div></th>${d.parties.map((p) => cell(d, i.id, p.id, asOf))}</tr>`)}
</tbody></table>`;
  return d.parties.length > 0 ? table : html`${table}${partEmptyState(d.status.positions, 'Positions', asOf)}`;
}

export const issuesPage = definePage({
  name: 'issues',
  path: '/issues',
  nav: 'issues',
  summary: 'Issues × parties: each party’s latest stance on each issue, with its history',
  schema: IssuesData,
  load: ({ view }) => loadIssues(view),
  title: () => 'Issues',
  view: (d, { asOf }) => html`<h1>Issues</h1><p class="lead">Each party’s latest stance on each issue (demand, offer, accept, reject, red line); click a stance to read it in its article.</p>${matrix(d, asOf)}`,
});
