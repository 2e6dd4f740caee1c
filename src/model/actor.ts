import { z } from 'zod';

export const ActorKind = z.enum(['person', 'organization', 'country', 'group', 'anonymous']);
export type ActorKind = z.infer<typeof ActorKind>;

/** One place in one article where the actor is named, described or referred to, and the rule that linked it. */
export const ActorMention = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
});
export type ActorMention = z.infer<typeof ActorMention>;

/** The role one article gives the actor, where it says so and by which rule. */
export const ActorRole = z.object({
  article: z.string(),
  role: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
});
export type ActorRole = z.infer<typeof ActorRole>;

/** Sources disagreeing about an actor: kept, not normalised away. */
export const ActorConflict = z.object({
  field: z.enum(['role', 'affiliation']),
  values: z.array(z.object({ article: z.string(), value: z.string() })),
  note: z.string(),
});
export type ActorConflict = z.infer<typeof ActorConflict>;

/** An actor in the export shape of SPEC.md, plus its per-article roles, conflicts, mentions and reasons. */
export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: ActorKind,
  role: z.string().nullable(),
  /** ISO 3166-1 alpha-3, or a body code (EU, NATO, UN …), or null. */
  affiliation: z.string().nullable(),
  /** Articles whose body (not only captions or credits) mentions the actor. */
  articles: z.array(z.string()),
  roles: z.array(ActorRole),
  conflicts: z.array(ActorConflict),
  mentions: z.array(ActorMention),
  /** Every rule id that made, linked, typed or affiliated this actor. */
  why: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;

/** The actors of a corpus: what stage 07 hands to quotes, events and the export. */
export const ActorModel = z.object({
  actors: z.array(Actor),
});
export type ActorModel = z.infer<typeof ActorModel>;
