import type { Article } from '../model/article.js';
import { ParleyExport, type ExportArticle } from '../model/export.js';
import type { ParleyStore } from '../store/store.js';
import { buildStoredModel } from './stored-model.js';
import type { DealModel } from './build-model.js';

/** One stored article in the export contract's shape. */
export function toExportArticle(a: Article): ExportArticle {
  const basis = a.evidence.published;
  return {
    id: a.id, source: a.source, outlet: a.outlet, title: a.title, url: a.url, byline: a.byline,
    published: a.published, publishedBasis: a.publishedBasis,
    publishedNote: basis ? (basis.note ?? `${basis.rule}: ${basis.text}`) : null,
    text: a.text, duplicateOf: a.duplicateOf, derivedFrom: a.derivedFrom, segment: a.segment, removed: a.removed,
  };
}

/** The `parley-export/1` document of a model; arrays of stages still to come stay empty. */
export function exportModel(model: DealModel): ParleyExport {
  return ParleyExport.parse({
    format: 'parley-export/1', generatedAt: new Date().toISOString(),
    articles: model.articles.map(toExportArticle), actors: model.actors, quotes: model.quotes,
    events: model.events, issues: model.deal.issues, positions: model.deal.positions, drafts: model.deal.drafts, outlook: model.deal.outlook,
    claims: model.crosscheck.claims, contradictions: model.crosscheck.contradictions,
  });
}

/** Builds the `parley-export/1` document from what the store holds. */
export async function buildExport(store: ParleyStore): Promise<ParleyExport> {
  return exportModel(await buildStoredModel(store, await store.listArticles(), { withDocs: false }));
}
