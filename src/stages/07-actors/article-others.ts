import type { Mention } from '../../model/language.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { countryName } from './country-names.js';
import type { LocalActor } from './local-types.js';
import { CAPITAL_PLACE_WORDS, PLACE_WORDS, SPEECH_VERBS, TRAVEL_WORDS } from './rules/countries.js';
import { words } from './role-words.js';

const PLACE = new Set(PLACE_WORDS);
const TRAVEL = new Set(TRAVEL_WORDS);
const CAPITAL_PLACE = new Set(CAPITAL_PLACE_WORDS);
const SPEECH = new RegExp(String.raw`^(?:’s|'s|’|')?\s+(?:${SPEECH_VERBS.join('|')})\b`, 'u');
const ADMIN_WORDS = /\s+(?:administration|government|cabinet|presidency)$/iu;

/** Everything in one article that may be an actor besides named people. */
export interface ArticleOthers {
  actors: LocalActor[];
  /** Unknown names ("Kellogg", "Reuters") for the corpus to resolve, and whether each reports or says something. */
  candidates: { mention: Mention; speaker: boolean }[];
}

/** Countries (names, capitals and seats that act, peoples), organisations, groups and unnamed sources of one article. */
export function readArticleOthers(doc: ArticleDoc): ArticleOthers {
  const article = doc.article.id;
  const text = doc.article.text;
  const mentions = (doc.mentions ?? []).filter((m) => m.context !== 'credit');
  const qualifierStarts = new Set<number>();
  for (const m of mentions) for (const q of m.qualifiers ?? []) if (m.kind !== 'organization') qualifierStarts.add(q.start);
  const byKey = new Map<string, LocalActor>();
  const add = (key: string, kind: LocalActor['kind'], name: string, code: string | null, m: Mention, rule: string, perArticle = false): LocalActor => {
    let a = byKey.get(key);
    if (!a) {
      a = { key, kind, name, code, mentions: [], why: new Set(), perArticle };
      byKey.set(key, a);
    }
    a.mentions.push({ article, mention: m, rule });
    a.why.add(m.rule);
    a.why.add(rule);
    if (m.text.length > a.name.length && kind === 'organization') a.name = m.text;
    return a;
  };
  const candidates: ArticleOthers['candidates'] = [];
  const anonymous: LocalActor[] = [];
  for (const m of mentions) {
    if (m.kind === 'country' && m.code) {
      if (!isPlace(text, m.start)) add(`country:${m.code}`, 'country', countryName(m.code), m.code, m, 'country-mention');
    } else if (m.kind === 'nationality' && m.plural && m.code) {
      add(`country:${m.code}`, 'country', countryName(m.code), m.code, m, 'country-people');
    } else if (m.kind === 'place' && m.metonym && m.code) {
      if (actsAsGovernment(text, m, qualifierStarts)) add(`country:${m.code}`, 'country', countryName(m.code), m.code, m, 'capital-metonym');
    } else if (m.kind === 'organization' && m.metonym && m.code) {
      if (actsAsGovernment(text, m, qualifierStarts)) add(`country:${m.code}`, 'country', countryName(m.code), m.code, m, 'seat-metonym');
    } else if (m.kind === 'organization' && m.rule === 'leader-administration') {
      const a = add(`admin:${normal(m.text)}`, 'organization', m.text, null, m, m.rule);
      a.leaderSurname = m.text.replace(ADMIN_WORDS, '').split(/\s+/).pop() ?? m.text;
    } else if (m.kind === 'organization') {
      // Venues are places, not actors: "in the Oval Office", "at the Munich Security Conference".
      if (!m.rule.startsWith('body') && precededBy(text, m.start, CAPITAL_PLACE)) continue;
      const codes = new Set((m.qualifiers ?? []).map((q) => q.code));
      const code = m.code ?? (codes.size === 1 ? [...codes][0] ?? null : null);
      add(m.code && m.rule.startsWith('body') ? `org:${m.code}` : `org:${normal(m.text)}`, 'organization', m.text, code, m, m.rule);
    } else if (m.kind === 'group') {
      const codes = new Set((m.qualifiers ?? []).map((q) => q.code));
      add(`group:${normal(m.text)}`, 'group', m.text, codes.size === 1 ? [...codes][0] ?? null : null, m, m.rule);
    } else if (m.kind === 'anonymous') {
      anonymous.push(readSource(article, m, anonymous, byKey));
    } else if (m.kind === 'name') {
      candidates.push({ mention: m, speaker: !m.text.includes(' ') && SPEECH.test(text.slice(m.end, m.end + 24)) });
    }
  }
  return { actors: [...byKey.values()], candidates };
}

// "The source" refers back to the last source with the same noun; other descriptions are new sources.
function readSource(article: string, m: Mention, earlier: LocalActor[], byKey: Map<string, LocalActor>): LocalActor {
  const head = words(m.text).pop() ?? '';
  const codes = new Set((m.qualifiers ?? []).map((q) => q.code));
  if (m.rule === 'source-definite') {
    for (let k = earlier.length - 1; k >= 0; k -= 1) {
      const prev = earlier[k];
      // "The US official" does not refer back to a Ukrainian one.
      const sameSide = codes.size === 0 || (prev?.code !== null && codes.has(prev?.code ?? ''));
      if (prev && sameSide && (words(prev.name).includes(head) || words(prev.name).includes(`${head}s`))) {
        prev.mentions.push({ article, mention: m, rule: 'definite-source-anaphor' });
        prev.why.add('definite-source-anaphor');
        return prev;
      }
    }
  }
  const key = `anon:${article}:${m.start}`;
  const a: LocalActor = {
    key, kind: 'anonymous', name: m.text.toLowerCase(), code: codes.size === 1 ? [...codes][0] ?? null : null,
    mentions: [{ article, mention: m, rule: m.rule }], why: new Set([m.rule]), perArticle: true,
    ...(m.possessor ? { possessor: m.possessor } : {}),
  };
  byKey.set(key, a);
  return a;
}

function normal(s: string): string {
  return s.toLowerCase().replace(/^(?:the|our|their|its)\s+/u, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

// A country as a place: "in Saudi Arabia", "travel to Saudi Arabia".
function isPlace(text: string, start: number): boolean {
  if (precededBy(text, start, PLACE)) return true;
  const m = /([\p{L}]+)\s+to\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, start - 40), start));
  return m?.[1] !== undefined && TRAVEL.has(m[1].toLowerCase());
}

// The word before a mention (past an optional "the") is one of `words`.
function precededBy(text: string, start: number, set: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s*(?:the\s*)?$/iu, '');
  const last = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase();
  return last !== undefined && set.has(last);
}

// A capital or seat that is not a place here: not after "in", "to", "visited"…, not "Kyiv, Ukraine", not a modifier or dateline.
function actsAsGovernment(text: string, m: Mention, qualifierStarts: ReadonlySet<number>): boolean {
  if (qualifierStarts.has(m.start) || precededBy(text, m.start, CAPITAL_PLACE)) return false;
  if (m.text === m.text.toUpperCase()) return false;
  const after = text.slice(m.end, m.end + 4);
  return !/^(?:-|\s\p{Lu}|,\s\p{Lu})/u.test(after);
}
