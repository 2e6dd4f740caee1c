import type { Article } from '../model/article.js';
import { ParleyExport, type ExportArticle } from '../model/export.js';
import type { ParleyStore } from '../store/store.js';

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

/** Builds the `parley-export/1` document from the store; arrays of later stages stay empty until they exist. */
export async function buildExport(store: ParleyStore): Promise<ParleyExport> {
  const articles = (await store.listArticles()).map(toExportArticle);
  return ParleyExport.parse({
    format: 'parley-export/1', generatedAt: new Date().toISOString(), articles,
    actors: [], quotes: [], events: [], issues: [], positions: [], drafts: [], outlook: [], claims: [], contradictions: [],
  });
}
