import type { Actor, ActorModel } from '../../model/actor.js';
import type { Mention } from '../../model/language.js';
import type { Quote, SpeakerKind } from '../../model/quote.js';
import { ACTOR_LINKS } from './rules/reference-rules.js';

/** The document fields speaker linking reads: the article, and stage 06's mentions when present. */
export interface SpeakerDoc {
  article: { id: string };
  mentions?: readonly Mention[];
}

/** An actor at one of its mentions. */
export interface Placed {
  actor: Actor;
  start: number;
  end: number;
}

const KIND_OF_ACTOR: Record<Actor['kind'], SpeakerKind> = { person: 'person', organization: 'organization', country: 'organization', group: 'organization', anonymous: 'anonymous' };
const KIND_OF_MENTION: Partial<Record<Mention['kind'], SpeakerKind>> = { person: 'person', organization: 'organization', country: 'organization', group: 'organization', anonymous: 'anonymous' };

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** The actor whose mention in this article overlaps the span most. */
function actorAt(placed: readonly Placed[], start: number, end: number): Actor | null {
  let best: Placed | null = null;
  let most = 0;
  for (const p of placed) {
    const o = overlap(start, end, p.start, p.end);
    if (o > most || (o === most && o > 0 && best && p.end - p.start < best.end - best.start)) {
      best = p;
      most = o;
    }
  }
  return best?.actor ?? null;
}

/** The nearest person (or, for "they", group or organisation) the actor model places before a pronoun. */
function nearestBefore(placed: readonly Placed[], at: number, plural: boolean): Actor | null {
  const fits = (a: Actor): boolean => (plural ? a.kind !== 'person' : a.kind === 'person');
  const before = placed.filter((p) => p.end <= at && fits(p.actor)).sort((x, y) => y.end - x.end);
  return before[0]?.actor ?? null;
}

const placedByModel = new WeakMap<ActorModel, Map<string, Placed[]>>();

/**
 * The actor model's mentions by article, in actor then mention order, read once per model (an
 * actor model is not changed after stage 07 builds it): a corpus links its quotes article by
 * article, and reading every actor's mentions for each article made that quadratic.
 */
export function actorsByArticle(actorModel: ActorModel): ReadonlyMap<string, readonly Placed[]> {
  const known = placedByModel.get(actorModel);
  if (known) return known;
  const byArticle = new Map<string, Placed[]>();
  for (const actor of actorModel.actors) {
    for (const m of actor.mentions) {
      const placed = { actor, start: m.start, end: m.end };
      const list = byArticle.get(m.article);
      if (list) list.push(placed);
      else byArticle.set(m.article, [placed]);
    }
  }
  placedByModel.set(actorModel, byArticle);
  return byArticle;
}

/**
 * Links each quote's speaker words to an actor: the actor the model places at those words, else
 * at the words they refer back to (a pronoun's or title's antecedent), else, for a pronoun, the
 * nearest fitting actor before it. Anonymous sources stay unlinked unless the model has them.
 */
export function attributeSpeakers(quotes: readonly Quote[], doc: SpeakerDoc, actorModel: ActorModel | null): Quote[] {
  const placed = actorModel ? actorsByArticle(actorModel).get(doc.article.id) ?? [] : [];
  const mentions = doc.mentions ?? [];
  return quotes.map((q) => {
    if (q.speakerStart === null || q.speakerEnd === null) return q;
    const s = q.speakerStart;
    const e = q.speakerEnd;
    let actor = actorAt(placed, s, e);
    let rule: string = ACTOR_LINKS.atWords.id;
    if (!actor && q.antecedentStart !== null && q.antecedentEnd !== null) {
      actor = actorAt(placed, q.antecedentStart, q.antecedentEnd);
      rule = ACTOR_LINKS.atAntecedent.id;
    }
    if (!actor && q.speakerForm === 'pronoun') {
      actor = nearestBefore(placed, s, /^(they|we)$/iu.test(q.speakerText ?? ''));
      rule = ACTOR_LINKS.nearestBefore.id;
    }
    // Without an actor, stage 06's reading of the words (organisation, country, person) beats a guess from capitals.
    const mentionKind = mentions.find((m) => overlap(s, e, m.start, m.end) > 0 && KIND_OF_MENTION[m.kind])?.kind;
    if (!actor) return mentionKind && q.speakerForm === 'name' ? { ...q, speakerKind: KIND_OF_MENTION[mentionKind] ?? q.speakerKind } : q;
    return { ...q, speaker: actor.id, speakerName: actor.name, speakerKind: KIND_OF_ACTOR[actor.kind], why: [...q.why, rule] };
  });
}
