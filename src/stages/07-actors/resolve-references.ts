import type { Mention } from '../../model/language.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import type { CorpusContext } from './corpus-context.js';
import type { LinkedMention, LocalPerson } from './local-types.js';
import { groupBy } from '../../collections/group-by.js';
import type { PersonGroup } from './merge-people.js';
import { isInside, quotedSpans } from './quoted-spans.js';
import { roleWords } from './role-words.js';

/** A description or pronoun tied to a person, for the actor's mentions. */
export interface Reference {
  group: PersonGroup;
  linked: LinkedMention;
}

/**
 * Ties definite descriptions ("the Ukrainian leader", "the Treasury secretary") to the one person
 * of the article whose role matches, then pronouns to the nearest compatible person before them.
 */
export function resolveReferences(ctx: CorpusContext, doc: ArticleDoc, descriptions: readonly Mention[]): Reference[] {
  const article = doc.article.id;
  const text = doc.article.text;
  const present = ctx.byArticle.get(article) ?? [];
  const out: Reference[] = [];
  for (const d of descriptions) {
    if (!isDescription(d)) continue;
    const group = describedPerson(ctx, present, article, d, text);
    if (group) out.push({ group, linked: { article, mention: d, rule: 'description-role-match' } });
  }
  const people: { m: Mention; g: PersonGroup }[] = [];
  for (const g of present) for (const p of membersIn(g, article)) for (const x of p.mentions) people.push({ m: x.mention, g });
  for (const r of out) people.push({ m: r.linked.mention, g: r.group });
  people.sort((a, b) => a.m.start - b.m.start);
  let quotes: { start: number; end: number }[] | null = null;
  for (const m of doc.mentions ?? []) {
    if (m.kind !== 'pronoun') continue;
    quotes ??= quotedSpans(text);
    if (isInside(quotes, m.start)) continue;
    const found = antecedent(doc, people, quotes, m);
    if (found) out.push({ group: found.g, linked: { article, mention: m, rule: found.rule } });
  }
  return out;
}

// A person named across the corpus has thousands of members; each article reads only its own.
const byArticle = new WeakMap<PersonGroup, Map<string, LocalPerson[]>>();
const rolesOf = new WeakMap<PersonGroup, LocalPerson['roles']>();

function membersIn(g: PersonGroup, article: string): LocalPerson[] {
  let index = byArticle.get(g);
  if (!index) {
    index = groupBy(g.members, (p) => p.article);
    byArticle.set(g, index);
  }
  return index.get(article) ?? [];
}

function allRoles(g: PersonGroup): LocalPerson['roles'] {
  let roles = rolesOf.get(g);
  if (!roles) {
    roles = g.members.flatMap((p) => p.roles);
    rolesOf.set(g, roles);
  }
  return roles;
}

function isDescription(t: Mention): boolean {
  return t.role !== undefined && t.context !== 'credit' && (t.determiner === 'the' || t.possessor !== undefined
    || (t.qualifiers ?? []).some((q) => q.rule === 'title-possessive-country'));
}

function describedPerson(ctx: CorpusContext, present: PersonGroup[], article: string, d: Mention, text: string): PersonGroup | null {
  const want = roleWords(d, text).join(' ');
  const codes = new Set((d.qualifiers ?? []).map((q) => q.code));
  const matches = present.filter((g) => {
    if (codes.size > 0 && !codes.has(ctx.affiliation.get(g) ?? '')) return false;
    const here = membersIn(g, article).flatMap((p) => p.roles);
    const roles = here.length > 0 ? here : allRoles(g);
    return roles.some((r) => !r.isRank && (r.words.join(' ') === want || d.head === 'leader' && r.leader));
  });
  return matches.length === 1 ? matches[0] ?? null : null;
}

// The same sentence's nearest person before the pronoun, else the first person of the nearest earlier sentence.
function antecedent(doc: ArticleDoc, people: { m: Mention; g: PersonGroup }[], quotes: { start: number; end: number }[], p: Mention): { g: PersonGroup; rule: string } | null {
  const fits = (x: { m: Mention; g: PersonGroup }): boolean =>
    x.m.end <= p.start && !isInside(quotes, x.m.start) && x.m.kind !== 'pronoun' && x.m.context !== 'caption' && genderFits(x.g, p);
  let same: { m: Mention; g: PersonGroup } | undefined;
  for (const x of people) if (x.m.sentence === p.sentence && fits(x)) same = x;
  if (same) return { g: same.g, rule: 'pronoun-same-sentence' };
  const sentences = doc.sentences ?? [];
  for (let s = p.sentence - 1; s >= Math.max(0, p.sentence - 3); s -= 1) {
    const first = people.find((x) => x.m.sentence === s && fits(x));
    if (first) return { g: first.g, rule: 'pronoun-previous-sentence' };
    // A pronoun does not reach back over two paragraph breaks.
    if (sentences[s]?.rule === 'sentence-paragraph-break' && s < p.sentence - 1) break;
  }
  return null;
}

function genderFits(g: PersonGroup, p: Mention): boolean {
  const known = g.members.find((m) => m.gender)?.gender;
  return !known || !p.gender || known === p.gender;
}
