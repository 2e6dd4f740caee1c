import type { CrossCheck } from '../../model/claim.js';
import type { SourceRelations } from '../../model/relation.js';
import { amountContradictions } from './amount-contradictions.js';
import { dateContradictions } from './date-contradictions.js';
import { eventClaims } from './event-claims.js';
import type { CheckContext, CrossCheckInput } from './input.js';
import { outcomeContradictions } from './outcome-contradictions.js';
import type { PairSearch } from './pair-index.js';
import { quoteClaims } from './quote-claims.js';
import { readQuoteTexts } from './quote-pairs.js';
import { roleContradictions } from './role-contradictions.js';
import { wordingContradictions } from './wording-contradictions.js';

export const CROSSCHECK_VERSION = '1';
/** Independent outlets a claim needs to count as corroborated. */
export const MIN_OUTLETS = 2;

export interface CrossCheckOptions {
  minOutlets?: number;
  /** Called once per pairwise check with the number of pairs it compared. */
  onSearch?: (check: string, search: PairSearch) => void;
}

/**
 * Stage 11 (corpus level, pure): claims that independent outlets corroborate (same quote, same
 * event) and contradictions between sources (role, date, amount, wording, outcome), each side
 * located in its article. Needs stage 05's relations so that copies do not count twice. Pairs are
 * found through inverted indexes on what they must share, so the work grows with the corpus, not
 * with its square.
 * @example const { claims, contradictions } = crossCheck({ articles, actors, quotes, events }, relateSources(articles, { quotes }))
 */
export function crossCheck(model: CrossCheckInput, relations: SourceRelations, options: CrossCheckOptions = {}): CrossCheck {
  const articles = new Map(model.articles.map((a) => [a.id, a]));
  const ctx: CheckContext = {
    model, articles, relations,
    quoteText: readQuoteTexts(model.quotes.filter((q) => articles.has(q.article))),
    searched: options.onSearch ?? (() => {}),
  };
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
