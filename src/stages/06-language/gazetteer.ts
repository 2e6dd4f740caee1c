import worldCountries, { type Countries } from 'world-countries';
import { COUNTRY_EXTRAS } from './rules/countries-extra.js';
import { INTERNATIONAL_BODIES } from './rules/international-bodies.js';
import { INSTITUTIONS } from './rules/institutions.js';
import { HONORIFICS, RANKS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_STATUS } from './rules/titles.js';
import { GROUP_WORDS } from './rules/organizations.js';
import { wink } from './wink.js';

export type GazKind =
  | 'country' | 'nationality' | 'people' | 'capital' | 'body' | 'institution'
  | 'head' | 'modifier' | 'status' | 'rank' | 'honorific' | 'group';

/** One gazetteer phrase: what it is, the code it carries and the rule that put it there. */
export interface GazEntry {
  kind: GazKind;
  rule: string;
  len: number;
  code?: string;
  /** The phrase as printed: matched only in exactly this form. */
  exact?: string;
  /** Must start with a capital letter in the text (names, ranks, honorifics). */
  capitalised: boolean;
  leader?: boolean;
  metonym?: boolean;
  gender?: 'm' | 'f';
  /** Families of international bodies (UN, EU, IGO). */
  family?: string;
}

/** A trie over lower-case tokens: walking a phrase costs one map lookup per token and builds no strings. */
export interface PhraseNode {
  next: Map<string, PhraseNode>;
  entries: GazEntry[] | null;
}

/** Phrases keyed by their lower-case tokens joined with spaces, and the same phrases as a trie. */
export interface Gazetteer {
  phrases: Map<string, GazEntry[]>;
  trie: Map<string, PhraseNode>;
  longestFrom: Map<string, number>;
  /** Deletion neighbourhood of long office words, for typo-tolerant titles. */
  typos: Map<string, string>;
}

let compiled: Gazetteer | null = null;

// world-countries is CommonJS (module.exports = the array); its types describe an ES default export.
const countries: Countries = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Countries }).default;

/** The gazetteer, compiled once: world-countries, international bodies, institutions, titles. */
export function gazetteer(): Gazetteer {
  compiled ??= compile();
  return compiled;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’&()-]+$/u;
const PLURAL_NOT = /(?:ese|sh|ch|ss|s|x|z)$/;

function compile(): Gazetteer {
  const phrases = new Map<string, GazEntry[]>();
  const longestFrom = new Map<string, number>();
  const nlp = wink();
  const tokensOf = (phrase: string): string[] =>
    (nlp.readDoc(phrase).tokens().out() as string[]).filter((t) => t.trim() !== '').map((t) => t.toLowerCase());
  const add = (phrase: string, entry: Omit<GazEntry, 'len'>): void => {
    if (!phrase || !LATIN.test(phrase)) return;
    const toks = tokensOf(phrase);
    if (toks.length === 0) return;
    const key = toks.join(' ');
    const list = phrases.get(key) ?? [];
    if (list.some((e) => e.kind === entry.kind && e.code === entry.code && e.exact === entry.exact)) return;
    list.push({ ...entry, len: toks.length });
    phrases.set(key, list);
    const first = toks[0] ?? '';
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, toks.length));
  };
  const demonym = (word: string, code: string, rule: string): void => {
    add(word, { kind: 'nationality', code, rule, capitalised: true });
    if (!PLURAL_NOT.test(word)) add(`${word}s`, { kind: 'people', code, rule: 'country-people', capitalised: true });
  };

  // Independent UN members first, so a shared demonym ("American") names the state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    for (const n of [c.name.common, c.name.official]) add(n, { kind: 'country', code, rule: 'country-name', capitalised: true });
    for (const alt of c.altSpellings) {
      if (alt.length > 3 && !alt.includes(',')) add(alt, { kind: 'country', code, rule: 'country-name', capitalised: true });
    }
    const d = c.demonyms['eng'];
    if (d) for (const w of new Set([d.m, d.f])) demonym(w, code, 'country-demonym');
    // "Washington, D.C." is written "Washington" as often as not.
    for (const cap of c.capital) {
      for (const form of new Set([cap, cap.replace(/,?\s+(?:\p{Lu}\.)+$/u, '')])) add(form, { kind: 'capital', code, rule: 'capital-city', capitalised: true, metonym: true });
    }
  }
  for (const x of COUNTRY_EXTRAS) {
    for (const n of x.names ?? []) add(n, { kind: 'country', code: x.code, rule: x.id, capitalised: true });
    for (const a of x.abbreviations ?? []) add(a, { kind: 'country', code: x.code, rule: x.id, capitalised: true, exact: a });
    for (const w of x.demonyms ?? []) demonym(w, x.code, x.id);
    for (const cap of x.capitals ?? []) add(cap, { kind: 'capital', code: x.code, rule: x.id, capitalised: true, metonym: true });
  }
  for (const family of INTERNATIONAL_BODIES) {
    for (const b of family.bodies) {
      for (const n of b.names) add(n, { kind: 'body', code: b.code, rule: family.id, capitalised: true, family: family.family });
      for (const a of b.abbreviations) add(a, { kind: 'body', code: b.code, rule: family.id, capitalised: true, exact: a, family: family.family });
    }
  }
  for (const inst of INSTITUTIONS) {
    for (const [name, code] of inst.entries) {
      const allCaps = name.toUpperCase() === name;
      add(name, { kind: 'institution', code, rule: inst.id, capitalised: true, metonym: inst.metonym, ...(allCaps ? { exact: name } : {}) });
    }
  }
  for (const h of TITLE_HEADS) for (const w of h.words) add(w, { kind: 'head', rule: h.id, capitalised: false, leader: h.leader });
  for (const w of TITLE_MODIFIERS.words) add(w, { kind: 'modifier', rule: TITLE_MODIFIERS.id, capitalised: false });
  for (const w of TITLE_STATUS.words) add(w, { kind: 'status', rule: TITLE_STATUS.id, capitalised: false });
  for (const w of RANKS.words) add(w, { kind: 'rank', rule: RANKS.id, capitalised: true });
  for (const h of HONORIFICS) {
    for (const w of h.words) add(w, { kind: 'honorific', rule: h.id, capitalised: true, ...(h.gender ? { gender: h.gender } : {}) });
  }
  for (const g of GROUP_WORDS) {
    if (g.id === 'group-party-members') for (const w of g.words) add(w, { kind: 'group', rule: g.id, capitalised: true });
  }
  const trie = new Map<string, PhraseNode>();
  for (const [key, entries] of phrases) {
    let level = trie;
    let node: PhraseNode | undefined;
    for (const tok of key.split(' ')) {
      node = level.get(tok);
      if (!node) {
        node = { next: new Map(), entries: null };
        level.set(tok, node);
      }
      level = node.next;
    }
    if (node) node.entries = entries;
  }
  return { phrases, trie, longestFrom, typos: typoIndex() };
}

/** Office words long enough that one wrong letter still identifies them. */
function typoIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const words = new Set<string>();
  for (const h of TITLE_HEADS) for (const w of h.words) if (!w.includes(' ') && w.length >= 7) words.add(w);
  for (const w of TITLE_MODIFIERS.words) if (!w.includes(' ') && w.length >= 7) words.add(w);
  for (const w of words) {
    index.set(w, w);
    for (let i = 0; i < w.length; i += 1) index.set(w.slice(0, i) + w.slice(i + 1), w);
  }
  return index;
}

/** The office word `lower` misspells, if it is one edit away from exactly one. */
export function correctTitleTypo(lower: string, g: Gazetteer): string | null {
  if (lower.length < 7) return null;
  let answer = TYPO_ANSWERS.get(lower);
  if (answer === undefined) {
    if (TYPO_ANSWERS.size > 100_000) TYPO_ANSWERS.clear();
    answer = findTypo(lower, g);
    TYPO_ANSWERS.set(lower, answer);
  }
  return answer;
}

// Long capitalised non-words are mostly names, and names recur: remember the answer.
const TYPO_ANSWERS = new Map<string, string | null>();

function findTypo(lower: string, g: Gazetteer): string | null {
  const direct = g.typos.get(lower);
  if (direct) return direct === lower ? null : direct;
  for (let i = 0; i < lower.length; i += 1) {
    const hit = g.typos.get(lower.slice(0, i) + lower.slice(i + 1));
    if (hit && editDistanceAtMostOne(lower, hit)) return hit;
  }
  return null;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
