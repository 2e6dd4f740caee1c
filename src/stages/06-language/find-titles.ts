import type { Qualifier } from '../../model/language.js';
import type { GazKind } from './gazetteer.js';
import { TITLE_MODIFIERS, TITLE_STATUS, VERB_LIKE_HEADS } from './rules/titles.js';
import { addMention, isCapitalised, matchAt, type Scan } from './scan.js';
import { Shape } from './text-work.js';

const TITLE_KINDS: ReadonlySet<GazKind> = new Set(['head', 'modifier', 'status', 'rank', 'honorific']);
const STATUS_KINDS: ReadonlySet<GazKind> = new Set(['status']);
const QUALIFIER_KINDS = new Set(['country', 'nationality', 'place', 'organization']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const PREPOSITIONS = new Set(['of', 'for', 'to']);
const PP_WORD_KINDS: ReadonlySet<GazKind> = new Set(['modifier', 'head']);
const VERB_LIKE = new Set(VERB_LIKE_HEADS.words);
const MODIFIER_KINDS: ReadonlySet<GazKind> = new Set(['modifier', 'status']);
const BEFORE_NOUN = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', '’s', "'s"]);

/**
 * Titles: office words with their modifiers ("U.S. Treasury Secretary", "Trump's special envoy",
 * "Secretary of State", "former U.S. President"), ranks and honorifics. The role keeps the office
 * words; country words become qualifiers; a possessor is kept as a span.
 */
export function findTitles(scan: Scan): void {
  const { work } = scan;
  for (const s of scan.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if ((scan.owner[i] ?? -1) >= 0) {
        i += 1;
        continue;
      }
      const found = readTitleWords(scan, i, s.tokenEnd);
      if (!found) {
        i += 1;
        continue;
      }
      const { headEnd, head } = found;
      if (found.modified) work.fired.add(TITLE_MODIFIERS.id);
      let end = headEnd;
      const qualifiers: Qualifier[] = [];
      // "Secretary of State", "envoy to Ukraine and Russia", "President of the United States".
      const pp = readPrepositionalPhrase(scan, headEnd, s.tokenEnd, qualifiers);
      if (pp > headEnd) end = pp;
      const left = readLeft(scan, i, s.tokenStart, qualifiers);
      const roleTokens: number[] = [...left.status];
      for (let t = i; t < end; t += 1) roleTokens.push(t);
      const role = roleText(scan, roleTokens);
      const first = Math.min(i, ...left.status, ...qualifiers.map((q) => tokenAtOffset(scan, q.start, i)));
      const isHonorific = head.entry.kind === 'honorific';
      addMention(scan, first, end, {
        kind: 'title',
        rule: head.entry.rule,
        head: head.lower,
        ...(isHonorific ? {} : { role }),
        ...(head.entry.leader ? { leader: true } : {}),
        ...(left.status.length > 0 ? { status: left.status.map((t) => work.value[t]).join(' ') } : {}),
        ...(qualifiers.length > 0 ? { qualifiers } : {}),
        ...(left.possessor ? { possessor: left.possessor } : {}),
        ...(left.determiner ? { determiner: left.determiner } : {}),
        ...(head.entry.gender ? { gender: head.entry.gender } : {}),
      }, false);
      const index = scan.mentions.length - 1;
      for (let t = first; t < end; t += 1) if ((scan.owner[t] ?? -1) < 0) scan.owner[t] = index;
      i = end;
    }
  }
}

interface TitleWords {
  headEnd: number;
  /** Whether office modifiers stand before the head ("special envoy"). */
  modified: boolean;
  head: { lower: string; entry: { kind: GazKind; rule: string; leader?: boolean; gender?: 'm' | 'f' } };
}

// A run of title words; the title ends after the last office word, rank or honorific in it.
function readTitleWords(scan: Scan, from: number, limit: number): TitleWords | null {
  let j = from;
  let result: TitleWords | null = null;
  while (j < limit && (scan.owner[j] ?? -1) < 0) {
    const m = matchAt(scan, j, limit, TITLE_KINDS);
    if (!m) {
      if (scan.work.lower[j] === 'and' && result === null && j > from) {
        j += 1;
        continue;
      }
      break;
    }
    const headLike = m.entries.find((e) => e.kind === 'head' || e.kind === 'rank' || e.kind === 'honorific');
    if (headLike && !isVerbUse(scan, j, m.len)) {
      const lower = scan.work.lower.slice(j, j + m.len).map((_, k) => scan.corrected.get(j + k) ?? scan.work.lower[j + k]).join(' ');
      result = { headEnd: j + m.len, head: { lower, entry: headLike }, modified: j > from };
      // An honorific ends its title: the name comes next.
      if (headLike.kind === 'honorific') break;
    }
    j += m.len;
  }
  return result;
}

// "will head to Riyadh", "to chair the talks": an office word that is also a verb is a title only after a determiner, possessive or capital.
function isVerbUse(scan: Scan, at: number, len: number): boolean {
  const { work } = scan;
  if (len !== 1 || !VERB_LIKE.has(work.lower[at] ?? '') || isCapitalised(work, at)) return false;
  const prev = at - 1;
  if (prev < 0) return true;
  if (BEFORE_NOUN.has(work.lower[prev] ?? '') || isCapitalised(work, prev) || (scan.owner[prev] ?? -1) >= 0) return false;
  if (matchAt(scan, prev, at, MODIFIER_KINDS)) return false;
  scan.work.fired.add(VERB_LIKE_HEADS.id);
  return true;
}

function readPrepositionalPhrase(scan: Scan, at: number, limit: number, qualifiers: Qualifier[]): number {
  const { work } = scan;
  const prep = work.lower[at] ?? '';
  if (!PREPOSITIONS.has(prep) || at + 1 >= limit) return at;
  let q = at + 1;
  if (work.lower[q] === 'the') q += 1;
  let last = -1;
  const found: Qualifier[] = [];
  while (q < limit) {
    const owner = scan.owner[q] ?? -1;
    const mention = owner >= 0 ? scan.mentions[owner] : undefined;
    if (mention && QUALIFIER_KINDS.has(mention.kind) && mention.code) {
      if (prep === 'of') found.push({ start: mention.start, end: mention.end, code: mention.code, rule: 'title-of-country' });
      q = scan.lastToken[owner] ?? q + 1;
      last = q;
      continue;
    }
    if (owner < 0 && isCapitalised(work, q) && matchAt(scan, q, limit, PP_WORD_KINDS)) {
      q += 1;
      last = q;
      continue;
    }
    if (work.lower[q] === 'and' && last > 0 && q + 1 < limit && isCapitalised(work, q + 1)) {
      q += 1;
      continue;
    }
    break;
  }
  if (last < 0) return at;
  qualifiers.push(...found);
  if (found.length > 0) work.fired.add('title-of-country');
  return last;
}

interface LeftContext {
  status: number[];
  possessor?: { start: number; end: number };
  determiner?: string;
}

// Left of the title: status words, country qualifiers ("U.S.", "Ukraine's"), a possessor ("Trump's", ", whose"), a determiner.
function readLeft(scan: Scan, at: number, limit: number, qualifiers: Qualifier[]): LeftContext {
  const { work } = scan;
  const left: LeftContext = { status: [] };
  let k = at - 1;
  const takeStatus = (): void => {
    while (k >= limit && (scan.owner[k] ?? -1) < 0 && matchAt(scan, k, k + 1, STATUS_KINDS)) {
      left.status.unshift(k);
      work.fired.add(TITLE_STATUS.id);
      k -= 1;
    }
  };
  takeStatus();
  while (k >= limit) {
    let owner = scan.owner[k] ?? -1;
    let possessive = false;
    if (work.shape[k] === Shape.POSS && k - 1 >= limit) {
      owner = scan.owner[k - 1] ?? -1;
      possessive = true;
    }
    const mention = owner >= 0 ? scan.mentions[owner] : undefined;
    if (!mention || !QUALIFIER_KINDS.has(mention.kind) || !mention.code) break;
    qualifiers.push({ start: mention.start, end: mention.end, code: mention.code, rule: possessive ? 'title-possessive-country' : 'title-qualifier' });
    work.fired.add(possessive ? 'title-possessive-country' : 'title-qualifier');
    k = (scan.firstToken[owner] ?? k) - 1;
  }
  takeStatus();
  if (k >= limit && work.shape[k] === Shape.POSS && k - 1 >= limit && (scan.owner[k - 1] ?? -1) < 0 && isCapitalised(work, k - 1)) {
    let r = k - 1;
    while (r - 1 >= limit && (scan.owner[r - 1] ?? -1) < 0 && work.shape[r - 1] === Shape.CAP) r -= 1;
    left.possessor = { start: work.start[r] ?? 0, end: work.end[k - 1] ?? 0 };
    work.fired.add('title-possessor');
    k = r - 1;
  } else if (k >= limit && work.lower[k] === 'whose') {
    const possessor = phraseBefore(scan, k - 1, limit);
    if (possessor) {
      left.possessor = possessor;
      work.fired.add('title-whose-possessor');
    }
    k -= 1;
  }
  if (k >= limit && DETERMINERS.has(work.lower[k] ?? '')) left.determiner = work.lower[k];
  return left;
}

// The noun phrase before ", whose": back over a comma, then words until a determiner or punctuation.
function phraseBefore(scan: Scan, at: number, limit: number): { start: number; end: number } | null {
  const { work } = scan;
  let k = at;
  if (work.value[k] === ',') k -= 1;
  const last = k;
  while (k >= limit && work.shape[k] !== Shape.PUNCT && !DETERMINERS.has(work.lower[k] ?? '')) k -= 1;
  if (k + 1 > last) return null;
  return { start: work.start[k + 1] ?? 0, end: work.end[last] ?? 0 };
}

function tokenAtOffset(scan: Scan, offset: number, fallback: number): number {
  for (let t = fallback; t >= 0; t -= 1) if ((scan.work.start[t] ?? 0) === offset) return t;
  return fallback;
}

// The role as printed, with misspelt office words written correctly.
function roleText(scan: Scan, tokens: number[]): string {
  const { work } = scan;
  let out = '';
  let prevEnd = -1;
  for (const t of tokens.sort((a, b) => a - b)) {
    const fixed = scan.corrected.get(t);
    const word = fixed ? capitaliseLike(work.value[t] ?? '', fixed) : work.value[t] ?? '';
    const gap = prevEnd >= 0 ? work.text.slice(prevEnd, work.start[t] ?? prevEnd) : '';
    out += (prevEnd >= 0 && gap.length > 0 ? ' ' : '') + word;
    prevEnd = work.end[t] ?? prevEnd;
  }
  return out.trim();
}

function capitaliseLike(model: string, word: string): string {
  return model[0] && model[0] !== model[0].toLowerCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
}
