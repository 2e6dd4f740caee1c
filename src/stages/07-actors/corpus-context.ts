import type { Mention, Span } from '../../model/language.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { isStrong, type PersonGroup } from './merge-people.js';
import { givenNamesRelate, nameKey, splitName } from './name-keys.js';
import { SurnameIndex } from './surname-index.js';

/** What corpus-level steps look up: documents, which person each mention belongs to, current affiliations. */
export interface CorpusContext {
  docs: Map<string, ArticleDoc>;
  groupOfMention: Map<Mention, PersonGroup>;
  groups: PersonGroup[];
  /** People named in full somewhere, by surname key. */
  surnames: SurnameIndex<PersonGroup>;
  /** People with a mention in each article. */
  byArticle: Map<string, PersonGroup[]>;
  affiliation: Map<PersonGroup, string | null>;
}

export function createCorpusContext(docs: readonly ArticleDoc[], groups: PersonGroup[]): CorpusContext {
  const groupOfMention = new Map<Mention, PersonGroup>();
  const surnames = new SurnameIndex<PersonGroup>();
  const byArticle = new Map<string, PersonGroup[]>();
  for (const g of groups) {
    for (const p of g.members) {
      for (const m of p.mentions) groupOfMention.set(m.mention, g);
      if (p.name.given !== null && isStrong(g)) surnames.add(p.name.surnameKey, g);
      const list = byArticle.get(p.article) ?? [];
      if (!list.includes(g)) list.push(g);
      byArticle.set(p.article, list);
    }
  }
  return { docs: new Map(docs.map((d) => [d.article.id, d])), groupOfMention, groups, surnames, byArticle, affiliation: new Map() };
}

/** The one person of the corpus, named in full somewhere, whose surname this is ("Trump" of "the Trump administration"). */
export function personBySurname(ctx: CorpusContext, surname: string): PersonGroup | null {
  const found = ctx.surnames.find(nameKey(surname));
  return found.length === 1 ? found[0] ?? null : null;
}

/** The one person of the corpus whose full name this is, spelling variants allowed ("Tony Blair"). */
export function personByFullName(ctx: CorpusContext, text: string): PersonGroup | null {
  const name = splitName(text);
  if (name.given === null || name.given.split(' ').length > 2) return null;
  const found = ctx.surnames.find(name.surnameKey)
    .filter((g) => [...g.givens].some((k) => givenNamesRelate(k, name.givenKey) === 'same' && k[0] === name.givenKey?.[0]));
  return found.length === 1 ? found[0] ?? null : null;
}

/** The affiliation a possessor stands for: a person's, a leader's government's, or a country's or body's own code. */
export function possessorCode(ctx: CorpusContext, article: string, span: Span): string | null {
  const mentions = ctx.docs.get(article)?.mentions ?? [];
  for (const m of mentions) {
    if (m.end <= span.start || m.start >= span.end) continue;
    const g = ctx.groupOfMention.get(m);
    if (g) return ctx.affiliation.get(g) ?? null;
    if (m.rule === 'leader-administration') {
      const leader = personBySurname(ctx, m.text.split(/\s+/)[0] ?? m.text);
      return leader ? ctx.affiliation.get(leader) ?? null : null;
    }
    if (m.code) return m.code;
  }
  return null;
}
