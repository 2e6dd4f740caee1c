import type { ActorConflict } from '../../model/actor.js';
import { possessorCode, type CorpusContext } from './corpus-context.js';
import type { Evidence } from './local-types.js';
import type { PersonGroup } from './merge-people.js';
import { AFFILIATION_RULES } from './rules/affiliation.js';
import { compareText } from './compare-text.js';

const HOME_WEIGHT = AFFILIATION_RULES.find((r) => r.id === 'affiliation-home-country')?.weight ?? 1;
// Evidence at least this strong that disagrees between articles is a conflict worth keeping.
const CONFLICT_WEIGHT = 3;

/** A person's affiliation, the rules behind it, and sources that disagree. */
export interface AffiliationResult {
  code: string | null;
  rules: Set<string>;
  conflicts: ActorConflict[];
}

/**
 * Affiliations of all people: title qualifiers and lists of officials first, then possessors
 * (which need the possessor's own affiliation), then the home country of unqualified titles.
 */
export function assignAffiliations(ctx: CorpusContext): Map<PersonGroup, AffiliationResult> {
  const found = new Map<PersonGroup, Evidence[]>();
  for (const g of ctx.groups) found.set(g, g.members.flatMap((p) => p.evidence.filter((e) => e.code !== undefined)));
  const decide = (): void => {
    for (const g of ctx.groups) ctx.affiliation.set(g, best(found.get(g) ?? []));
  };
  decide();
  // Two rounds: an envoy of an adviser of a president.
  for (let round = 0; round < 2; round += 1) {
    for (const g of ctx.groups) {
      const list = found.get(g) ?? [];
      for (const p of g.members) {
        for (const e of p.evidence) {
          if (!e.possessor || list.some((x) => x.possessor === e.possessor)) continue;
          const code = possessorCode(ctx, p.article, e.possessor);
          if (code) list.push({ ...e, code });
        }
      }
    }
    decide();
  }
  addHomeCountry(ctx, found);
  decide();
  const out = new Map<PersonGroup, AffiliationResult>();
  for (const g of ctx.groups) {
    const list = found.get(g) ?? [];
    out.set(g, { code: ctx.affiliation.get(g) ?? null, rules: new Set(list.map((e) => e.rule)), conflicts: conflictsOf(list) });
  }
  return out;
}

function best(list: readonly Evidence[]): string | null {
  const score = new Map<string, number>();
  for (const e of list) if (e.code) score.set(e.code, (score.get(e.code) ?? 0) + e.weight);
  let code: string | null = null;
  let top = 0;
  for (const [c, s] of [...score].sort((a, b) => compareText(a[0], b[0]))) {
    if (s > top) {
      top = s;
      code = c;
    }
  }
  return code;
}

// Per article: the country most unqualified office holders with a known affiliation belong to.
function addHomeCountry(ctx: CorpusContext, found: Map<PersonGroup, Evidence[]>): void {
  const votes = new Map<string, Map<string, number>>();
  const needy: { g: PersonGroup; article: string }[] = [];
  for (const g of ctx.groups) {
    const code = ctx.affiliation.get(g) ?? null;
    for (const p of g.members) {
      const unqualified = p.roles.some((r) => !r.qualified && !r.isRank && r.context !== 'credit');
      if (!unqualified) continue;
      if (code) {
        const v = votes.get(p.article) ?? new Map<string, number>();
        v.set(code, (v.get(code) ?? 0) + 1);
        votes.set(p.article, v);
      } else needy.push({ g, article: p.article });
    }
  }
  for (const { g, article } of needy) {
    const v = [...(votes.get(article) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const [first, second] = v;
    if (!first || second && second[1] === first[1]) continue;
    found.get(g)?.push({ article, code: first[0], rule: 'affiliation-home-country', weight: HOME_WEIGHT });
  }
}

function conflictsOf(list: readonly Evidence[]): ActorConflict[] {
  const strong = new Map<string, Set<string>>();
  for (const e of list) {
    if (!e.code || e.weight < CONFLICT_WEIGHT) continue;
    strong.set(e.code, (strong.get(e.code) ?? new Set()).add(e.article));
  }
  if (strong.size < 2) return [];
  const values = [...strong].flatMap(([code, articles]) => [...articles].map((article) => ({ article, value: code })));
  return [{ field: 'affiliation', values, note: 'sources tie this person to different countries or bodies' }];
}
