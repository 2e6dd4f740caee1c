import type { ActorModel } from '../../model/actor.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { language, plainArticle } from '../06-language/index.js';
import { resolveActors } from './index.js';

/** Runs stages 06 and 07 over texts, one article each (for tests and rule examples). */
export function resolveTexts(texts: string | readonly string[]): { model: ActorModel; docs: ArticleDoc[] } {
  const list = typeof texts === 'string' ? [texts] : texts;
  const docs = list.map((text, i) => language.run({ article: plainArticle(text, `test-${i}.txt`) }));
  return { model: resolveActors(docs), docs };
}

/** Every rule id the resolution recorded: actors' reasons and mention rules. */
export function firedRules(model: ActorModel): Set<string> {
  const out = new Set<string>();
  for (const a of model.actors) {
    for (const w of a.why) out.add(w);
    for (const m of a.mentions) out.add(m.rule);
  }
  return out;
}
