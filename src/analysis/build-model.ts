import type { Article } from '../model/article.js';
import type { Actor } from '../model/actor.js';
import type { Quote } from '../model/quote.js';
import type { Event } from '../model/event.js';
import type { SourceRelations } from '../model/relation.js';
import type { CrossCheck } from '../model/claim.js';
import type { Deal } from '../model/deal.js';
import type { IssuesConfig } from '../config/issues-config.js';
import { inputIssue, type InputIssue } from '../model/issue.js';
import type { ArticleDoc } from '../pipeline/article-doc.js';
import type { ArticleLayer } from '../model/article-layer.js';
import { LAYER_VERSION, analyseArticle, docFromLayer, layerOf } from '../pipeline/article-layer.js';
import type { StageFailure } from '../pipeline/run-pipeline.js';
import { resolveActors } from '../stages/07-actors/index.js';
import { attributeSpeakers } from '../stages/08-quotes/index.js';
import { linkEventActors } from '../stages/09-events/index.js';
import { applyRelations, relateSources } from '../stages/05-relate/index.js';
import { crossCheck } from '../stages/11-crosscheck/index.js';
import { buildDeal } from '../stages/10-deal/index.js';

/** The model of a deal as the stored articles support it. */
export interface DealModel {
  articles: Article[];
  actors: Actor[];
  quotes: Quote[];
  /** Events with their source and target linked to actors. */
  events: Event[];
  /** Duplicates and derivations between articles (stage 05), so corroboration counts independent sources. */
  relations: SourceRelations;
  /** Claims corroborated by independent outlets and contradictions between sources (stage 11). */
  crosscheck: CrossCheck;
  /** Issues, positions, drafts and outlook (stage 10). */
  deal: Deal;
  /** The per-article documents (sentences, tokens, mentions, quotes) the model was built from. */
  docs: ArticleDoc[];
  /** Articles a stage failed on: reported, never silently dropped. */
  issues: InputIssue[];
  stageMs: Record<string, number>;
  /** Layers made in this build because none of the current version was given: worth storing. */
  freshLayers: ArticleLayer[];
}

/**
 * Runs the back half over stored articles: per-article stages, then actors resolved across
 * all articles, then quote speakers and event sources and targets linked to those actors.
 */
export interface BuildModelOptions {
  /** The user's issue configuration: rename, merge, add or drop issues. */
  issues?: IssuesConfig;
  /** YYYY-MM-DD: the deal as it stood then (the articles should already be those published by then). */
  asOf?: string | null;
  /** Stored per-article layers by article id: an article with one of the current version is not parsed again. */
  layers?: ReadonlyMap<string, ArticleLayer>;
}

export function buildModel(articles: readonly Article[], options: BuildModelOptions = {}): DealModel {
  const stageMs: Record<string, number> = {};
  const issues: InputIssue[] = [];
  const docs: ArticleDoc[] = [];
  const freshLayers: ArticleLayer[] = [];
  for (const article of articles) {
    const stored = options.layers?.get(article.id);
    let doc: ArticleDoc;
    let failure: StageFailure | null;
    if (stored && stored.version === LAYER_VERSION) {
      const t = performance.now();
      doc = docFromLayer(article, stored);
      failure = stored.failure ?? null;
      stageMs.layers = (stageMs.layers ?? 0) + performance.now() - t;
    } else {
      const analysed = analyseArticle(article);
      for (const [stage, ms] of Object.entries(analysed.timings)) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
      ({ doc, failure } = analysed);
      freshLayers.push(layerOf(doc, failure));
    }
    if (failure) issues.push(inputIssue(`${article.source}#${article.segment}`, 'E_STAGE', `${article.source}#${article.segment}: stage '${failure.stage}' failed: ${failure.message}`, 'this is a bug in Parley; please report it with the input', failure.stage));
    docs.push(doc);
  }
  const t0 = performance.now();
  const actorModel = resolveActors(docs.filter((d) => d.mentions));
  stageMs.actors = performance.now() - t0;
  const t1 = performance.now();
  const quotes = docs.flatMap((d) => (d.quotes ? attributeSpeakers(d.quotes, d, actorModel) : []));
  stageMs.speakers = performance.now() - t1;
  const t2 = performance.now();
  const events = linkEventActors(docs.flatMap((d) => d.events ?? []), actorModel);
  stageMs.eventActors = performance.now() - t2;
  const t3 = performance.now();
  const relations = relateSources(articles, { quotes });
  const related = applyRelations(articles, relations);
  stageMs.relate = performance.now() - t3;
  const t4 = performance.now();
  const crosscheck = crossCheck({ articles: related, actors: actorModel.actors, quotes, events }, relations);
  stageMs.crosscheck = performance.now() - t4;
  const t5 = performance.now();
  const deal = buildDeal({ articles: related, actors: actorModel.actors, quotes, events, docs }, { issues: options.issues, asOf: options.asOf ?? undefined });
  stageMs.deal = performance.now() - t5;
  return { articles: related, actors: actorModel.actors, quotes, events, relations, crosscheck, deal, docs, issues, stageMs, freshLayers };
}
