import { z } from 'zod';
import { ActorKind, type Actor } from '../../model/actor.js';
import { PublishedBasis, type Article } from '../../model/article.js';

/** An article as a link needs it: who published it, when, and on what basis the date rests. */
export const ArticleRef = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publishedBasis: PublishedBasis,
});
export type ArticleRef = z.infer<typeof ArticleRef>;

export function toArticleRef(a: Article): ArticleRef {
  return { id: a.id, outlet: a.outlet, title: a.title, published: a.published, publishedBasis: a.publishedBasis };
}

/** An actor as a list row needs it. */
export const ActorSummary = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: ActorKind,
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  mentions: z.number().int(),
  articles: z.number().int(),
  conflicts: z.number().int(),
});
export type ActorSummary = z.infer<typeof ActorSummary>;

export function toActorSummary(a: Actor): ActorSummary {
  return {
    id: a.id, name: a.name, aliases: a.aliases, kind: a.kind, role: a.role, affiliation: a.affiliation,
    mentions: a.mentions.length, articles: a.articles.length, conflicts: a.conflicts.length,
  };
}

/** Most-mentioned first, then by name: the order people scan a cast list in. */
export function byProminence(x: ActorSummary, y: ActorSummary): number {
  return y.mentions - x.mentions || y.articles - x.articles || x.name.localeCompare(y.name);
}
