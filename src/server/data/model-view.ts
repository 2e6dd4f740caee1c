import type { ServedModel } from '../../analysis/model-thread.js';
import type { Actor } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import type { AsOfInfo } from './as-of.js';
import { readModelParts, type ModelParts } from './model-parts.js';

/** One built model (all articles, or those as of a date) with the lookups every page needs. */
export interface ModelView {
  asOf: AsOfInfo;
  model: ServedModel;
  parts: ModelParts;
  article(id: string): Article | undefined;
  actor(id: string): Actor | undefined;
  /** The actor's name, or null when the id is null or unknown. */
  actorName(id: string | null): string | null;
  /** Who said it, as a reader wants it named: the linked actor, else the words the article uses. */
  speakerLabel(quote: Quote): string;
}

export function createModelView(model: ServedModel, asOf: AsOfInfo): ModelView {
  const articles = new Map(model.articles.map((a) => [a.id, a]));
  const actors = new Map(model.actors.map((a) => [a.id, a]));
  const parts = readModelParts(model);
  return {
    asOf,
    model,
    parts,
    article: (id) => articles.get(id),
    actor: (id) => actors.get(id),
    actorName: (id) => (id === null ? null : actors.get(id)?.name ?? null),
    speakerLabel: (q) => (q.speaker ? actors.get(q.speaker)?.name : undefined) ?? q.speakerDescription ?? q.speakerName ?? q.speakerText ?? 'unknown speaker',
  };
}
