import { readFileSync, readdirSync } from 'node:fs';
import type { ActorModel } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { clean } from '../02-clean/index.js';
import { segment } from '../03-segment/index.js';
import { metadata } from '../04-metadata/index.js';
import { language } from '../06-language/index.js';
import { resolveActors } from '../07-actors/index.js';

/** For tests only: the built-in corpus as the front half leaves it (cleaned, segmented, dated articles). */
export const CORPUS = new URL('../../../corpus/minerals-deal/', import.meta.url);
export const GOLD = new URL('../../../gold/minerals-deal/', import.meta.url);

export function corpusArticles(): Article[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    const doc: PageDoc = { page: { id: file, source: file, format: 'text', text, given: { url: null, outlet: null, title: null, published: null, author: null }, bytes: text.length } };
    return metadata.run(segment.run(clean.run(doc))).articles ?? [];
  });
}

/** For tests only: the corpus through stage 06 (language) and the actor model of stage 07. */
export function corpusWithActors(): { docs: ArticleDoc[]; model: ActorModel } {
  const docs = corpusArticles().map((article) => language.run({ article }));
  return { docs, model: resolveActors(docs) };
}
