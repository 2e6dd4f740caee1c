import { z } from 'zod';
import { ActorKind } from '../../model/actor.js';
import { ActorNetwork, buildActorNetwork } from '../data/actor-network.js';
import { ActorSummary, byProminence, toActorSummary } from '../data/refs.js';
import { ApiError } from '../http/api-error.js';
import { emptyState } from '../html/empty-state.js';
import { html, type SafeHtml } from '../html/escape.js';
import { actorHref, pageHref } from '../html/links.js';
import { definePage } from '../http/define-page.js';

const ActorsData = z.object({
  kind: ActorKind.nullable().describe('the kind filter in force'),
  kinds: z.array(z.object({ kind: ActorKind, actors: z.number().int() })),
  actors: z.array(ActorSummary),
  network: ActorNetwork,
});
type ActorsData = z.infer<typeof ActorsData>;

function parseKind(raw: string | null): ActorKind | null {
  if (!raw) return null;
  const kind = ActorKind.safeParse(raw);
  if (!kind.success) throw new ApiError(400, 'E_KIND', `kind must be one of ${ActorKind.options.join(', ')}, got '${raw.slice(0, 40)}'`);
  return kind.data;
}

function kindFilter(d: ActorsData, asOf: string | null): SafeHtml {
  return html`<p class="filters">Show: <a href="${pageHref('/actors', asOf)}"${d.kind === null ? html` aria-current="true"` : ''}>all</a>
${d.kinds.map((k) => html` · <a href="${pageHref('/actors', asOf, { kind: k.kind })}"${d.kind === k.kind ? html` aria-current="true"` : ''}>${k.kind} (${k.actors})</a>`)}</p>`;
}

function network(d: ActorsData, asOf: string | null): SafeHtml {
  if (d.network.edges.length === 0) return emptyState('No links between actors yet: a link is a quote naming another actor, or an event between two actors.');
  return html`<figure class="chart"><div id="actor-network" class="network-box" data-src="${pageHref('/actors.json', asOf)}" data-as-of="${asOf ?? ''}" aria-label="Network of actors"></div>
<figcaption>Actors linked by quotes that name another actor and by events between them; thicker lines, more links. Click an actor to open it.
<span class="legend">${d.kinds.map((k) => html`<span class="legend-${k.kind}">${k.kind}</span>`)}</span></figcaption></figure>`;
}

export const actorsPage = definePage({
  name: 'actors',
  path: '/actors',
  nav: 'actors',
  summary: 'The actors found across the articles, with the network of who speaks of or acts on whom',
  query: [{ name: 'kind', description: 'only person, organization, country, group or anonymous' }],
  schema: ActorsData,
  scripts: ['/static/vendor/cytoscape.min.js', '/static/actor-network.js'],
  load: ({ view, query }) => {
    const kind = parseKind(query.get('kind'));
    const all = view.model.actors.map(toActorSummary).sort(byProminence);
    const kinds = ActorKind.options.map((k) => ({ kind: k, actors: all.filter((a) => a.kind === k).length })).filter((k) => k.actors > 0);
    return { kind, kinds, actors: kind ? all.filter((a) => a.kind === kind) : all, network: buildActorNetwork(view) };
  },
  title: () => 'Actors',
  view: (d, { asOf }) => html`<h1>Actors</h1>
${network(d, asOf)}
${kindFilter(d, asOf)}
${d.actors.length === 0 ? emptyState('No actors found.') : html`<table class="actors"><thead><tr><th>name</th><th>kind</th><th>role</th><th>affiliation</th><th>mentions</th><th>articles</th><th>conflicts</th></tr></thead><tbody>
${d.actors.map((a) => html`<tr><td><a href="${actorHref(a.id, asOf)}">${a.name}</a>${a.aliases.length > 1 ? html`<div class="aliases">${a.aliases.filter((x) => x !== a.name).join(' · ')}</div>` : ''}</td><td>${a.kind}</td><td>${a.role ?? ''}</td><td>${a.affiliation ?? ''}</td><td class="num">${a.mentions}</td><td class="num">${a.articles}</td><td class="num">${a.conflicts || ''}</td></tr>`)}
</tbody></table>`}`,
});
