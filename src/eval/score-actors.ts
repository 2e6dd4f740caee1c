import { normaliseName } from './names.js';
import { basename } from 'node:path';
import worldCountries, { type Countries } from 'world-countries';
import { z } from 'zod';
import type { GoldFile } from './gold.js';

/** The fields of an actor the scorer reads (the export contract's actor, plus per-article roles). */
export interface ScoredActor {
  name: string;
  aliases: readonly string[];
  kind: string;
  role: string | null;
  affiliation: string | null;
  articles: readonly string[];
  roles?: readonly { article: string; role: string }[];
}

/** The fields of an article the scorer reads: which page it came from and where on it. */
export interface ScoredArticle {
  id: string;
  source: string;
  segment: number;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface ActorScores {
  people: { recall: Ratio; precision: Ratio };
  /** Over matched people: the system's affiliation equals the gold one (both null counts). */
  affiliation: Ratio;
  /** Over matched people: the system's role for that file matches the gold role (rule in `rolesMatch`). */
  role: Ratio;
  misses: string[];
}

const GoldActor = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  kind: z.string(),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
});
type GoldActor = z.infer<typeof GoldActor>;


/**
 * Scores the people of a system against gold files. Per gold file, the system people are the
 * person actors with an article from that file's page (joined by the basename of
 * `article.source`, as `articlesOfGoldFile` does); they pair one to one with the gold people
 * whose name or aliases equal theirs. Recall and precision count pairs; affiliation and role
 * are scored over the pairs.
 */
export function scoreActors(actors: readonly ScoredActor[], goldFiles: readonly GoldFile[], articles: readonly ScoredArticle[]): ActorScores {
  const s: ActorScores = { people: { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 } }, affiliation: { hit: 0, total: 0 }, role: { hit: 0, total: 0 }, misses: [] };
  for (const gold of goldFiles) {
    const fileArticles = articles.filter((a) => basename(a.source.replace(/#\d+$/, '')) === gold.file).sort((x, y) => x.segment - y.segment);
    const ids = fileArticles.map((a) => a.id);
    const system = actors.filter((a) => a.kind === 'person' && a.articles.some((id) => ids.includes(id)));
    const goldPeople = z.array(GoldActor).parse((gold as { actors?: unknown }).actors ?? []).filter((g) => g.kind === 'person');
    const used = new Set<ScoredActor>();
    for (const g of goldPeople) {
      const wanted = new Set([g.name, ...g.aliases].map(normaliseName));
      const match = system.find((a) => !used.has(a) && [a.name, ...a.aliases].some((n) => wanted.has(normaliseName(n))));
      s.people.recall.total += 1;
      if (!match) {
        s.misses.push(`${gold.file}: person not found: ${g.name}`);
        continue;
      }
      used.add(match);
      s.people.recall.hit += 1;
      const affOk = match.affiliation === g.affiliation;
      s.affiliation.total += 1;
      if (affOk) s.affiliation.hit += 1;
      else s.misses.push(`${gold.file}: ${g.name} affiliation ${match.affiliation ?? 'null'}, gold ${g.affiliation ?? 'null'}`);
      const role = roleInFile(match, ids);
      const roleOk = rolesMatch(role, g.role);
      s.role.total += 1;
      if (roleOk) s.role.hit += 1;
      else s.misses.push(`${gold.file}: ${g.name} role "${role ?? 'null'}", gold "${g.role ?? 'null'}"`);
    }
    s.people.precision.total += system.length;
    s.people.precision.hit += used.size;
    for (const a of system) if (!used.has(a)) s.misses.push(`${gold.file}: person not in gold: ${a.name}`);
  }
  return s;
}

// The role the file's own articles give (first article in page order); the actor's overall role only without per-article roles.
function roleInFile(a: ScoredActor, ids: readonly string[]): string | null {
  if (!a.roles) return a.role;
  for (const id of ids) {
    const r = a.roles.find((x) => x.article === id);
    if (r) return r.role;
  }
  return null;
}

const countries: Countries = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Countries }).default;
const COUNTRY_WORD = new Map<string, string>();
for (const c of countries) {
  const words = [c.name.common, c.name.official, ...c.altSpellings.filter((x) => x.length > 3), c.demonyms['eng']?.m ?? '', c.demonyms['eng']?.f ?? ''];
  for (const w of words) if (w && !w.includes(' ')) COUNTRY_WORD.set(w.toLowerCase(), c.cca3.toLowerCase());
}
for (const [w, code] of [['us', 'usa'], ['usa', 'usa'], ['america', 'usa'], ['american', 'usa'], ['uk', 'gbr'], ['britain', 'gbr']] as const) COUNTRY_WORD.set(w, code);
const SMALL = new Set(['of', 'the', 'a', 'an', 'to', 'for', 'and', 'in', 's']);
const SPELLING = new Map([['advisor', 'adviser'], ['defense', 'defence']]);

/**
 * The role rule: both roles are reduced to key words — lower case, punctuation and possessive
 * "'s" dropped, "U.S."/"US"/"United States"/"America" and every country name or nationality
 * word read as its ISO code, advisor/adviser and defense/defence spelled one way, small words
 * (of, the, a …) dropped. Roles match when one's key words all occur in the other's; two nulls
 * match; a null and a role do not.
 */
export function rolesMatch(system: string | null, gold: string | null): boolean {
  if (system === null || gold === null) return system === gold;
  const a = roleKeys(system);
  const b = roleKeys(gold);
  if (a.size === 0 || b.size === 0) return false;
  return [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
}

/** The key words of a role (see `rolesMatch`). */
export function roleKeys(role: string): Set<string> {
  const text = role.toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\bunited states(?: of america)?\b/g, 'usa')
    .replace(/\bu\.s\.a?\.?/g, 'usa')
    .replace(/[.’']/g, '');
  const out = new Set<string>();
  for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!w || SMALL.has(w)) continue;
    out.add(COUNTRY_WORD.get(w) ?? SPELLING.get(w) ?? w);
  }
  return out;
}
