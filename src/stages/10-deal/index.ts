import { NO_ISSUES_CONFIG } from '../../config/issues-config.js';
import { Deal, type Position } from '../../model/deal.js';
import { DEAL_SETTINGS, type DealInput, type DealOptions } from './deal-input.js';
import { buildDrafts, draftMentions } from './drafts/build-drafts.js';
import type { FoundDraftMention } from './drafts/draft-mention.js';
import { applyIssuesConfig } from './issues/apply-config.js';
import { discoverIssues, type FoundIssues } from './issues/discover-issues.js';
import { outlookTrend, scoreOutlook } from './outlook/score-outlook.js';
import { mainParties, partyIndex, type Party, type PartyMode } from './parties.js';
import { buildPositions } from './positions/build-positions.js';
import { checkAsOf, selectArticles } from './select-articles.js';
import { articleContext, factsByArticle, type ArticleContext } from './text/article-context.js';

export const DEAL_STAGE_VERSION = '1';

/** A country holding at least this share of positions is a side; with fewer than two such countries the talks are inside one country. */
const SIDE_SHARE = 0.1;

/** Draft mentions and positions with parties read one way (by country, or one party per actor). */
function positionsFor(contexts: readonly ArticleContext[], input: DealInput, mode: PartyMode, found: FoundIssues): { partyOf: (actor: string) => Party | null; mentions: FoundDraftMention[]; positions: Position[] } {
  const parties = partyIndex(input.actors, mode);
  const partyOf = (actor: string): Party | null => parties.get(actor) ?? null;
  const [a, b] = mainParties(input.actors, parties);
  const counterpart = (party: string): string | null => (party === a ? b ?? null : party === b ? a ?? null : null);
  const mentions = draftMentions(contexts, partyOf, counterpart);
  const authored = mentions.map((m) => ({ article: m.article, sentence: m.sentence, start: m.start, end: m.end, author: m.author }));
  return { partyOf, mentions, positions: buildPositions(contexts, found.mentions, authored, partyOf) };
}

/** Whether fewer than two countries hold a real share of the positions (talks between a White House and a Congress). */
function oneCountry(positions: readonly Position[], countries: ReadonlySet<string>): boolean {
  if (positions.length < 5) return false;
  const counts = new Map<string, number>();
  for (const p of positions) if (countries.has(p.party)) counts.set(p.party, (counts.get(p.party) ?? 0) + 1);
  return [...counts.values()].filter((n) => n / positions.length >= SIDE_SHARE).length < 2;
}

/**
 * Stage 10: the deal model — issues found in the coverage, each party's stances on them over
 * time, the drafts in order with how each was received, and an outlook per article.
 *
 * @example
 * const deal = buildDeal(buildModel(articles), { asOf: '2025-02-21' });
 * deal.positions.filter((p) => p.changed);
 */
export function buildDeal(input: DealInput, options: DealOptions = {}): Deal {
  const asOf = options.asOf ? checkAsOf(options.asOf) : null;
  const { used, excluded } = selectArticles(input.articles, asOf);
  const docs = new Map((input.docs ?? []).map((d) => [d.article.id, d]));
  const facts = factsByArticle(input.actors, input.quotes, input.events ?? []);
  const contexts = used.map((a) => articleContext(a, facts, docs.get(a.id)));
  const found = applyIssuesConfig(discoverIssues(contexts, options.minIssueSentences ?? DEAL_SETTINGS.minIssueSentences.default), options.issues ?? NO_ISSUES_CONFIG, contexts);
  const notes = [...found.notes];
  let run = positionsFor(contexts, input, 'country', found);
  if (oneCountry(run.positions, new Set(input.actors.filter((a) => a.kind === 'country').map((a) => a.id)))) {
    run = positionsFor(contexts, input, 'actor', found);
    notes.push('fewer than two countries hold positions: the talks are inside one country, so parties are the people and groups themselves');
  }
  const names = new Map(found.issues.map((i) => [i.id, i.name]));
  const drafts = buildDrafts(contexts, run.mentions, found.mentions, names, run.partyOf, run.positions);
  const outlook = used.map(scoreOutlook);
  const undated = excluded.filter((e) => e.reason.startsWith('undated')).length;
  if (undated > 0) notes.push(`${undated} undated article${undated === 1 ? '' : 's'} left out: as of ${asOf} only dated articles can be placed`);
  if (!input.docs) notes.push('no language layer given: sentences were cut here, positions take the publication date, drafts have no amounts');
  return Deal.parse({
    asOf, articles: used.map((a) => a.id), excluded, issues: found.issues, positions: run.positions, drafts, outlook,
    trend: outlookTrend(outlook), notes, stage: 'deal', stageVersion: DEAL_STAGE_VERSION,
  });
}

export { DEAL_SETTINGS, type DealDoc, type DealInput, type DealOptions } from './deal-input.js';
export { DealOptionError } from './select-articles.js';
