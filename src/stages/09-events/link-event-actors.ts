import type { Actor, ActorModel } from '../../model/actor.js';
import type { Event, EventArgument, EventMention } from '../../model/event.js';

/** Kinds of words that stand for their country when no actor holds them ("Ukrainian", "Kyiv", "U.S. officials"). */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(['country', 'nationality', 'place', 'anonymous', 'group']);

interface Linked {
  actor: Actor | null;
  why: string[];
}

/** Index of the actor model by article and span, and by affiliation for the country of a side. */
class ActorIndex {
  private readonly bySpan = new Map<string, Actor>();
  private readonly byArticle = new Map<string, { start: number; end: number; actor: Actor }[]>();
  private readonly countries = new Map<string, Actor>();

  constructor(model: ActorModel) {
    for (const actor of model.actors) {
      for (const m of actor.mentions) {
        this.bySpan.set(`${m.article}:${m.start}:${m.end}`, actor);
        const list = this.byArticle.get(m.article) ?? [];
        list.push({ start: m.start, end: m.end, actor });
        this.byArticle.set(m.article, list);
      }
      // A country stands for its ISO code; a body (EU, NATO, UN) is the organisation with that code.
      const code = actor.affiliation;
      if (code && (actor.kind === 'country' || (actor.kind === 'organization' && !/^[A-Z]{3}$/u.test(code) && !this.countries.has(code)))) this.countries.set(code, actor);
    }
  }

  exact(article: string, span: { start: number; end: number }): Actor | null {
    return this.bySpan.get(`${article}:${span.start}:${span.end}`) ?? null;
  }

  at(article: string, span: { start: number; end: number }): Actor | null {
    const exact = this.exact(article, span);
    if (exact) return exact;
    const around = (this.byArticle.get(article) ?? []).filter((m) => m.start <= span.start && m.end >= span.end);
    around.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    return around[0]?.actor ?? null;
  }

  country(code: string | null): Actor | null {
    return code ? this.countries.get(code) ?? null : null;
  }

  private readonly sidesCache = new Map<string, Actor[]>();

  /** The country actors an article names most: the two sides of its talks. */
  sides(article: string): Actor[] {
    const cached = this.sidesCache.get(article);
    if (cached) return cached;
    const counts = new Map<Actor, number>();
    for (const m of this.byArticle.get(article) ?? []) {
      const side = m.actor.kind === 'country' ? m.actor : this.country(m.actor.affiliation);
      if (side) counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([a]) => a);
    this.sidesCache.set(article, top);
    return top;
  }
}

function linkArgument(index: ActorIndex, article: string, arg: EventArgument): Linked {
  // "American and Ukrainian officials" split into sides: each country word stands for its country, not the joint group.
  const side = arg.kind === 'nationality' && !index.exact(article, arg) ? index.country(arg.code) : null;
  if (side) return { actor: side, why: ['link-code-to-country'] };
  let actor = index.at(article, arg);
  const why: string[] = [];
  if (actor && arg.staffOf) {
    // "Putin's advisers" act for Putin's country.
    actor = index.country(actor.affiliation) ?? actor;
    why.push('link-staff-to-country');
  } else if (actor?.kind === 'anonymous') {
    // Unnamed officials: their act is credited to their country (gold §3), from the actor or the words.
    actor = index.country(actor.affiliation) ?? index.country(arg.code) ?? actor;
    why.push('link-anonymous-to-country');
  } else if (actor) {
    why.push('link-actor-mention');
  }
  // "Trump administration officials" act for the administration; "Trump's envoy" is not Trump.
  if (!actor && arg.possessor && (arg.kind === 'anonymous' || arg.kind === 'group')) {
    actor = index.at(article, arg.possessor);
    if (actor) why.push('link-group-possessor');
  }
  if (!actor && COUNTRY_WORDS.has(arg.kind)) {
    actor = index.country(arg.code);
    if (actor) why.push('link-code-to-country');
  }
  return { actor, why };
}

function sideOf(index: ActorIndex, actor: Actor): Actor | null {
  return actor.kind === 'country' ? actor : index.country(actor.affiliation);
}

/** The other of the two sides an article names most, when the source belongs to one of them. */
function counterpartOf(index: ActorIndex, article: string, source: Actor): Actor | null {
  const side = sideOf(index, source);
  const sides = index.sides(article);
  return side && sides.length === 2 && sides.includes(side) ? sides.find((a) => a !== side) ?? null : null;
}

/**
 * Maps the source and target spans of event mentions to actor ids and gives events the export
 * shape. A missing target marked `counterpart` becomes the other side of the article's talks;
 * an event whose two ends are the same actor loses its target.
 */
export function linkEventActors(events: readonly EventMention[], actorModel: ActorModel): Event[] {
  const index = new ActorIndex(actorModel);
  return events.map((e) => {
    const why = [...e.why];
    const source = e.source ? linkArgument(index, e.article, e.source) : { actor: null, why: [] };
    let target = e.target ? linkArgument(index, e.article, e.target) : { actor: null, why: [] };
    why.push(...source.why, ...target.why);
    const other = !target.actor && e.implicitTarget === 'counterpart' && source.actor ? counterpartOf(index, e.article, source.actor) : null;
    if (other) {
      target = { actor: other, why: ['link-counterpart'] };
      why.push('link-counterpart');
    }
    const placeTarget = e.target?.rule === 'target-host-place' || (e.type === 'CONSULT' && e.target?.kind === 'place');
    if (target.actor && source.actor && placeTarget && sideOf(index, source.actor) === sideOf(index, target.actor)) {
      // Talks at home, or a tour of one's own country, are no visit to a host.
      target = { actor: null, why: [] };
      why.push('link-host-is-home');
    }
    if (target.actor && target.actor === source.actor) {
      target = { actor: null, why: [] };
      why.push('link-self-target-dropped');
    }
    const dm = e.dateMention;
    return {
      id: e.id, article: e.article, type: e.type,
      source: source.actor?.id ?? null, target: target.actor?.id ?? null,
      date: e.date, negated: e.negated, modality: e.modality, start: e.start, end: e.end,
      trigger: e.trigger, triggerStart: e.triggerStart, triggerEnd: e.triggerEnd, rule: e.rule,
      mode: e.mode, cameo: e.cameo, intensity: e.intensity, reciprocal: e.reciprocal, location: e.location,
      dateText: dm?.text ?? null, dateBasis: dm?.basis ?? null, dateFrom: dm?.from ?? null, dateTo: dm?.to ?? null,
      sourceText: e.source ? { start: e.source.start, end: e.source.end, text: e.source.text } : null,
      targetText: e.target ? { start: e.target.start, end: e.target.end, text: e.target.text } : null,
      why, confidence: e.confidence,
    };
  });
}
