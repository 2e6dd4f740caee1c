import type { CrossCheck } from '../../model/claim.js';
import type { SourceRelations } from '../../model/relation.js';
import { amountContradictions } from './amount-contradictions.js';
import { dateContradictions } from './date-contradictions.js';
import { eventClaims } from './event-claims.js';
import type { CheckContext, CrossCheckInput } from './input.js';
import { outcomeContradictions } from './outcome-contradictions.js';
import { quoteClaims } from './quote-claims.js';
import { roleContradictions } from './role-contradictions.js';
import { wordingContradictions } from './wording-contradictions.js';

export const CROSSCHECK_VERSION = '1';
/** Independent outlets a claim needs to count as corroborated. */
export const MIN_OUTLETS = 2;

/**
 * Stage 11 (corpus level, pure): claims that independent outlets corroborate (same quote, same
 * event) and contradictions between sources (role, date, amount, wording, outcome), each side
 * located in its article. Needs stage 05's relations so that copies do not count twice.
 * @example const { claims, contradictions } = crossCheck({ articles, actors, quotes, events }, relateSources(articles, { quotes }))
 */
export function crossCheck(model: CrossCheckInput, relations: SourceRelations, options: { minOutlets?: number } = {}): CrossCheck {
  const ctx: CheckContext = { model, articles: new Map(model.articles.map((a) => [a.id, a])), relations };
  const minOutlets = options.minOutlets ?? MIN_OUTLETS;
  const result: CrossCheck = {
    claims: [...quoteClaims(ctx, minOutlets), ...eventClaims(ctx, minOutlets)].sort((a, b) => b.outlets - a.outlets || (a.id < b.id ? -1 : 1)),
    contradictions: [
      ...roleContradictions(ctx), ...dateContradictions(ctx), ...amountContradictions(ctx),
      ...wordingContradictions(ctx), ...outcomeContradictions(ctx),
    ],
    stage: 'crosscheck',
    stageVersion: CROSSCHECK_VERSION,
  };
  return result;
}

