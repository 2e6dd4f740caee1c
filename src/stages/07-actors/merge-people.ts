import type { LocalPerson } from './local-types.js';
import { givenNamesRelate } from './name-keys.js';
import { SurnameIndex } from './surname-index.js';

/** People of the corpus as groups of per-article people, with the rules that merged them. */
export interface PersonGroup {
  members: LocalPerson[];
  why: Set<string>;
  /** The given-name keys of its members: what merging and full-name lookups compare. */
  givens: Set<string>;
}

/**
 * Merges the people of all articles by name: full names whose surnames and given names are
 * alike; then surnames alone, onto the one full-name person with that surname. Two groups never
 * merge if any of their given names differ ("John Smith" and "Jane Smith").
 */
export function mergePeople(people: readonly LocalPerson[]): PersonGroup[] {
  const groupOf = new Map<LocalPerson, PersonGroup>();
  for (const p of people) groupOf.set(p, { members: [p], why: new Set(p.why), givens: new Set(p.name.givenKey === null ? [] : [p.name.givenKey]) });
  const union = (a: LocalPerson, b: LocalPerson, rule: string): void => {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (!ga || !gb || ga === gb || conflict(ga, gb)) return;
    for (const m of gb.members) {
      ga.members.push(m);
      groupOf.set(m, ga);
    }
    for (const w of gb.why) ga.why.add(w);
    for (const k of gb.givens) ga.givens.add(k);
    ga.why.add(rule);
    gb.members = [];
  };
  const full = people.filter((p) => p.name.given !== null);
  const index = new SurnameIndex<LocalPerson>();
  for (const p of full) index.add(p.name.surnameKey, p);
  const done = new Set<string>();
  for (const p of full) {
    if (done.has(p.name.surnameKey)) continue;
    done.add(p.name.surnameKey);
    const same = index.find(p.name.surnameKey);
    // Same given name: merge at once; different given names: compare one of each.
    const byGiven = new Map<string, LocalPerson[]>();
    for (const q of same) byGiven.set(q.name.givenKey ?? '', [...(byGiven.get(q.name.givenKey ?? '') ?? []), q]);
    const heads: LocalPerson[] = [];
    for (const list of byGiven.values()) {
      const [head, ...rest] = list;
      if (!head) continue;
      for (const q of rest) union(head, q, 'name-variant');
      heads.push(head);
    }
    for (let i = 0; i < heads.length; i += 1) {
      for (let j = i + 1; j < heads.length; j += 1) {
        const a = heads[i];
        const b = heads[j];
        if (!a || !b) continue;
        const how = givenNamesRelate(a.name.givenKey, b.name.givenKey);
        if (how === 'same') union(a, b, 'name-variant');
        else if (how === 'variant' && shareRole(groupOf.get(a), groupOf.get(b))) union(a, b, 'given-name-variant-same-role');
      }
    }
  }
  const alone = new Map<string, LocalPerson>();
  for (const p of people) {
    if (p.name.given !== null) continue;
    const targets = [...new Set(index.find(p.name.surnameKey).map((f) => groupOf.get(f) as PersonGroup))].filter(isStrong);
    const choice = targets.length === 1 ? targets[0] : pickAmong(targets, groupOf.get(p));
    const head = choice?.members[0];
    if (head) {
      union(head, p, 'surname-across-articles');
      continue;
    }
    // Surnames never given in full anywhere ("President Trump" in every article) are one person.
    const first = alone.get(p.name.surnameKey);
    if (first) union(first, p, 'surname-across-articles');
    else alone.set(p.name.surnameKey, p);
  }
  return [...new Set(groupOf.values())].filter((g) => g.members.length > 0);
}

// Several people share the surname: the one with the same role, else the one of matching gender
// that the corpus names far more often ("Mr Blair" is Tony Blair, not Cherie Blair).
function pickAmong(targets: PersonGroup[], p: PersonGroup | undefined): PersonGroup | undefined {
  const withRole = targets.filter((g) => shareRole(g, p));
  if (withRole.length === 1) return withRole[0];
  const gender = p?.members.find((m) => m.gender)?.gender;
  const fitting = targets.filter((g) => !gender || !g.members.some((m) => m.gender && m.gender !== gender));
  const articles = (g: PersonGroup): number => new Set(g.members.map((m) => m.article)).size;
  const ranked = fitting.sort((a, b) => articles(b) - articles(a));
  const [top, second] = ranked;
  if (top && (!second || articles(top) >= DOMINANCE * articles(second))) {
    p?.why.add('surname-dominant-person');
    return top;
  }
  return undefined;
}

// How much more often one namesake must appear than the next to take the bare surname.
const DOMINANCE = 3;

const STRONG_RULES = new Set(['titled-name', 'honorific-name', 'apposition-name', 'speaker-name']);

/**
 * A person the corpus is sure of: titled, addressed, in apposition, speaking, or named in full in
 * two articles. Only such a person takes bare surnames from other articles ("Iowa" never goes to a
 * "Sanders Iowa" read off a heading).
 */
export function isStrong(g: PersonGroup): boolean {
  const articles = new Set<string>();
  for (const m of g.members) {
    if (m.roles.length > 0 || m.mentions.some((x) => STRONG_RULES.has(x.mention.rule))) return true;
    articles.add(m.article);
  }
  return articles.size >= 2;
}

function shareRole(a: PersonGroup | undefined, b: PersonGroup | undefined): boolean {
  if (!a || !b) return false;
  const heads = new Set(a.members.flatMap((m) => m.roles.filter((r) => !r.isRank).map((r) => r.head)));
  return b.members.some((m) => m.roles.some((r) => !r.isRank && heads.has(r.head)));
}

// Two groups conflict when some pair of their given names names different people.
function conflict(a: PersonGroup, b: PersonGroup): boolean {
  for (const x of a.givens) for (const y of b.givens) if (givenNamesRelate(x, y) === 'different') return true;
  return false;
}
