import type { Mention } from '../../model/language.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import type { Evidence, LocalPerson, RoleObservation } from './local-types.js';
import { givenNamesRelate, sameSurname, splitName } from './name-keys.js';
import { linkTitles, type TitleLink } from './link-titles.js';
import { roleWords } from './role-words.js';
import { AFFILIATION_RULES } from './rules/affiliation.js';

const WEIGHT = new Map(AFFILIATION_RULES.map((r) => [r.id, r.weight]));
const weightOf = (id: string): number => WEIGHT.get(id) ?? 1;

/** The people of one article, with their titles, affiliation evidence, and the titles left over as descriptions. */
export interface ArticlePeople {
  people: LocalPerson[];
  descriptions: Mention[];
}

/** Links titles to names, then groups the article's person mentions into people. */
export function readArticlePeople(doc: ArticleDoc): ArticlePeople {
  const article = doc.article.id;
  const text = doc.article.text;
  const mentions = doc.mentions ?? [];
  const { links, unlinked } = linkTitles(mentions, text);
  const titlesOf = new Map<Mention, TitleLink[]>();
  for (const l of links) {
    const list = titlesOf.get(l.person);
    if (list) list.push(l);
    else titlesOf.set(l.person, [l]);
  }
  const included = includedInOfficials(article, mentions, text);
  const people: LocalPerson[] = [];
  const persons = mentions.filter((m) => m.kind === 'person' && m.context !== 'credit');
  // Full names first, so that surnames anywhere in the article find them.
  for (const m of persons) {
    const name = splitName(m.text);
    if (name.given === null) continue;
    const roles = (titlesOf.get(m) ?? []).map((l) => observe(article, l, text));
    const same = people.find((p) => p.name.given !== null && sameSurname(p.name.surnameKey, name.surnameKey)
      && relates(givenNamesRelate(p.name.givenKey, name.givenKey), p.roles, roles));
    const person = same ?? newPerson(article, name);
    if (same) person.why.add(givenNamesRelate(same.name.givenKey, name.givenKey) === 'variant' ? 'given-name-variant-same-role' : 'name-variant');
    addMention(person, article, m, m.rule, titlesOf.get(m) ?? [], text, included.get(m));
    if (!same) people.push(person);
  }
  const givenOf = givenNameBefore(persons, text);
  for (const m of persons) {
    const name = splitName(m.text);
    if (name.given !== null || givenOf.has(m)) continue;
    const sameName = people.filter((p) => sameSurname(p.name.surnameKey, name.surnameKey));
    // "Hunter Biden … former Vice President Biden": a title picks among namesakes.
    const own = (titlesOf.get(m) ?? []).map((l) => l.title.head);
    const byRole = own.length > 0 ? sameName.filter((p) => p.roles.some((r) => own.includes(r.head))) : [];
    const bySurname = byRole.length > 0 ? byRole : sameName;
    const byGiven = bySurname.length === 0 ? people.filter((p) => p.name.givenKey === name.surnameKey && p.name.given !== null) : [];
    const target = nearest(bySurname.length > 0 ? bySurname : byGiven, m);
    const rule = bySurname.length > 0 ? 'surname-in-article' : byGiven.length > 0 ? 'given-name-only' : m.rule;
    const person = target ?? newPerson(article, name);
    if (target) person.why.add(rule);
    addMention(person, article, m, rule, titlesOf.get(m) ?? [], text, included.get(m));
    if (!target) people.push(person);
  }
  // "(Russian President Vladimir) Putin": the lone given name joins the surname right after it.
  for (const [m, next] of givenOf) {
    const person = people.find((p) => p.mentions.some((x) => x.mention === next));
    if (!person) continue;
    person.why.add('given-name-only');
    addMention(person, article, m, 'given-name-only', titlesOf.get(m) ?? [], text, included.get(m));
  }
  return { people, descriptions: unlinked.filter((t) => t.role !== undefined) };
}

// A one-word name directly followed (past a closing bracket) by another name is that person's given name.
function givenNameBefore(persons: readonly Mention[], text: string): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  for (let k = 0; k + 1 < persons.length; k += 1) {
    const m = persons[k];
    const next = persons[k + 1];
    if (!m || !next || m.text.includes(' ') || next.sentence !== m.sentence) continue;
    if (/^\)\s$/u.test(text.slice(m.end, next.start))) out.set(m, next);
  }
  return out;
}

function relates(how: 'same' | 'variant' | 'different', a: RoleObservation[], b: RoleObservation[]): boolean {
  if (how === 'same') return true;
  if (how === 'different') return false;
  return a.some((x) => b.some((y) => x.head === y.head));
}

function newPerson(article: string, name: ReturnType<typeof splitName>): LocalPerson {
  return { article, name, mentions: [], roles: [], evidence: [], why: new Set() };
}

function nearest(candidates: LocalPerson[], m: Mention): LocalPerson | undefined {
  let best: LocalPerson | undefined;
  let bestDistance = Infinity;
  for (const p of candidates) {
    for (const x of p.mentions) {
      // Prefer a full name before the surname; one after it only when nothing comes before.
      const d = x.mention.start <= m.start ? m.start - x.mention.start : 1e9 + x.mention.start - m.start;
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
  }
  return best;
}

function addMention(person: LocalPerson, article: string, m: Mention, rule: string, titles: TitleLink[], text: string, include: Evidence | undefined): void {
  person.mentions.push({ article, mention: m, rule });
  person.why.add(m.rule);
  if (m.gender) person.gender ??= m.gender;
  for (const l of titles) {
    person.why.add(l.rule);
    if (l.title.gender) person.gender ??= l.title.gender;
    if (l.title.role === undefined) continue;
    person.roles.push(observe(article, l, text));
    for (const q of l.title.qualifiers ?? []) {
      person.evidence.push({ article, code: q.code, rule: 'affiliation-title-qualifier', weight: weightOf('affiliation-title-qualifier') });
    }
    if (l.title.possessor) person.evidence.push({ article, possessor: l.title.possessor, rule: 'affiliation-possessor', weight: weightOf('affiliation-possessor') });
  }
  if (include) {
    person.evidence.push(include);
    person.why.add('included-in-officials');
  }
}

function observe(article: string, l: TitleLink, text: string): RoleObservation {
  const t = l.title;
  return {
    article, role: t.role ?? '', head: t.head ?? '', leader: t.leader === true, status: t.status ?? null,
    words: roleWords(t, text), qualified: (t.qualifiers?.length ?? 0) > 0 || t.possessor !== undefined,
    isRank: t.rule === 'title-rank', context: l.person.context, start: t.start, end: t.end, rule: l.rule,
  };
}

const INCLUDING = /^\s*[,—–-]?\s*including\b(:?)/u;

/** People listed after "officials, including" (in the sentence, or in the bullet lines that follow a colon). */
function includedInOfficials(article: string, mentions: readonly Mention[], text: string): Map<Mention, Evidence> {
  const out = new Map<Mention, Evidence>();
  for (const a of mentions) {
    if (a.kind !== 'anonymous' || !a.plural) continue;
    const codes = new Set((a.qualifiers ?? []).map((q) => q.code));
    if (codes.size !== 1 && !a.possessor) continue;
    const m = INCLUDING.exec(text.slice(a.end, a.end + 16));
    if (!m) continue;
    const listEnd = m[1] === ':' ? bulletListEnd(text, a.end) : sentenceEnd(mentions, text, a);
    const code = codes.size === 1 ? [...codes][0] : undefined;
    for (const p of mentions) {
      if (p.kind !== 'person' || p.start <= a.end || p.start >= listEnd) continue;
      out.set(p, {
        article, rule: 'affiliation-included-in-officials', weight: weightOf('affiliation-included-in-officials'),
        ...(code ? { code } : a.possessor ? { possessor: a.possessor } : {}),
      });
    }
  }
  return out;
}

function sentenceEnd(mentions: readonly Mention[], text: string, a: Mention): number {
  const next = mentions.find((m) => m.sentence > a.sentence);
  const nl = text.indexOf('\n', a.end);
  return Math.min(next ? next.start : text.length, nl < 0 ? text.length : nl);
}

// After "including:" the list runs over the following lines that start with a dash or bullet.
function bulletListEnd(text: string, from: number): number {
  let at = text.indexOf('\n', from);
  while (at >= 0 && /^\n[-•*–]\s/u.test(text.slice(at, at + 3))) {
    const next = text.indexOf('\n', at + 1);
    if (next < 0) return text.length;
    at = next;
  }
  return at < 0 ? text.length : at;
}
