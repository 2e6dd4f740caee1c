import { z } from 'zod';
import { Offset } from './primitives.js';


/** A half-open span of one article's text, with the words it covers. */
export const RelationSpan = z.object({ start: Offset, end: Offset, text: z.string() });
export type RelationSpan = z.infer<typeof RelationSpan>;

/**
 * What a shared unit is. `quote`, `name` and `number` can come from the event itself (two reporters
 * at one press conference share them); `source` and `phrase` are the reporter's own words, which
 * only copying shares; `containment` and `same-text` are verbatim copying measured on shingles.
 */
export const RelationEvidenceKind = z.enum(['same-text', 'shingles', 'containment', 'quote', 'source', 'phrase', 'name', 'number']);
export type RelationEvidenceKind = z.infer<typeof RelationEvidenceKind>;

/** One piece of evidence that two articles are related, located in both. */
export const RelationEvidence = z.object({
  kind: RelationEvidenceKind,
  /** The rule that found or matched the unit. */
  rule: z.string(),
  /** How much this unit counts towards the score (rarer and longer counts more). */
  weight: z.number().nonnegative(),
  /** Where the unit sits in the original (`from`) and in the derived or duplicate article, when it has a place. */
  original: RelationSpan.nullable(),
  derived: RelationSpan.nullable(),
});
export type RelationEvidence = z.infer<typeof RelationEvidence>;

/** The measured signals of one article pair, each in 0..1 unless said otherwise. */
export const PairSignals = z.object({
  /** MinHash estimate of the word-5-shingle Jaccard. */
  jaccard: z.number(),
  /** Share of the original's 5-shingles found in the other (verbatim reuse). */
  containment: z.number(),
  /** Sum of weights of the reporter's own shared words (source descriptions, rare phrases); unbounded. */
  exclusive: z.number().nonnegative(),
  /** Sum of weights of shared units the event itself can explain (quotes, names, numbers); unbounded. */
  shared: z.number().nonnegative(),
  /** Share of the original's text windows holding at least one shared unit. */
  coverage: z.number(),
  /** Share of the shared units that keep the same order in both articles (0 with fewer than 3 units). */
  order: z.number(),
  units: z.number().int().nonnegative(),
});
export type PairSignals = z.infer<typeof PairSignals>;

/** Why one article of a pair is taken as the original: the rule and its reading. */
export const Direction = z.object({
  rule: z.enum(['earlier', 'shorter', 'same-length']),
  note: z.string(),
});
export type Direction = z.infer<typeof Direction>;

/** Article `article` copies article `of`, exactly (same normalised text) or nearly (shingle Jaccard). */
export const DuplicateLink = z.object({
  article: z.string(),
  of: z.string(),
  kind: z.enum(['exact', 'near']),
  jaccard: z.number(),
  rule: z.string(),
});
export type DuplicateLink = z.infer<typeof DuplicateLink>;

/** Article `article` rewrites or expands article `from`, with the evidence and the score it rests on. */
export const DerivationLink = z.object({
  article: z.string(),
  from: z.string(),
  score: z.number(),
  rule: z.string(),
  direction: Direction,
  signals: PairSignals,
  evidence: z.array(RelationEvidence),
});
export type DerivationLink = z.infer<typeof DerivationLink>;

/** One compared pair, linked as a derivation or not, kept so "why not derived?" has an answer. */
export const PairScore = z.object({
  original: z.string(),
  other: z.string(),
  score: z.number(),
  derived: z.boolean(),
  signals: PairSignals,
});
export type PairScore = z.infer<typeof PairScore>;

/** What stage 05 says of one article. */
export const ArticleRelation = z.object({
  article: z.string(),
  /** The outlet, normalised for counting ("the hill" = "The Hill"), or null when unknown. */
  outlet: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  derivedFrom: z.string().nullable(),
  /** The article this one ultimately traces back to through duplicate and derivation links (itself if none). */
  root: z.string(),
});
export type ArticleRelation = z.infer<typeof ArticleRelation>;

/** The relations between the sources of a corpus: stage 05's output. */
export const SourceRelations = z.object({
  articles: z.array(ArticleRelation),
  duplicates: z.array(DuplicateLink),
  derivations: z.array(DerivationLink),
  /** Compared pairs with a score above zero, best first. */
  pairs: z.array(PairScore),
  stage: z.literal('relate'),
  stageVersion: z.string(),
  settings: z.object({ nearDuplicateJaccard: z.number(), derivationScore: z.number() }),
});
export type SourceRelations = z.infer<typeof SourceRelations>;

/** A set of articles that count as one source for corroboration: linked by copying, or from one outlet. */
export const IndependentSource = z.object({
  outlets: z.array(z.string()),
  articles: z.array(z.string()),
});
export type IndependentSource = z.infer<typeof IndependentSource>;

/**
 * Groups articles into independent sources for corroboration: an article counts with the article
 * it duplicates or derives from (through any chain), and all articles of one outlet count once.
 * Articles of unknown outlet stand alone unless copying links them. Unknown ids stand alone.
 * @example independentOutlets(relations, claim.articles).length // the number of independent outlets
 */
export function independentOutlets(relations: SourceRelations, articleIds: readonly string[]): IndependentSource[] {
  const byId = new Map(relations.articles.map((r) => [r.article, r]));
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let x = k;
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    parent.set(k, x);
    return x;
  };
  const add = (k: string): void => {
    if (!parent.has(k)) parent.set(k, k);
  };
  const union = (a: string, b: string): void => {
    add(a);
    add(b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const ids = [...new Set(articleIds)];
  for (const id of ids) {
    const rel = byId.get(id);
    add(`a:${id}`);
    if (!rel) continue;
    union(`a:${id}`, `root:${rel.root}`);
    if (rel.outlet) union(`a:${id}`, `outlet:${rel.outlet}`);
    const rootOutlet = byId.get(rel.root)?.outlet;
    if (rootOutlet) union(`root:${rel.root}`, `outlet:${rootOutlet}`);
  }
  const groups = new Map<string, IndependentSource>();
  for (const id of ids) {
    const key = find(`a:${id}`);
    const group = groups.get(key) ?? { outlets: [], articles: [] };
    group.articles.push(id);
    const outlet = byId.get(id)?.outlet;
    if (outlet && !group.outlets.includes(outlet)) group.outlets.push(outlet);
    groups.set(key, group);
  }
  return [...groups.values()];
}
