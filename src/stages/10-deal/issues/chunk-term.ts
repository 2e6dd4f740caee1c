import { DEAL_SETTINGS } from '../deal-input.js';
import { PROCESS_HEADS, RELATIONAL_HEADS } from '../rules/term-words.js';
import type { ArticleContext } from '../text/article-context.js';
import type { Word } from '../text/words.js';
import { actorAtWord, isAdverb, isContent, readPhrase, skip, type Phrase } from './read-phrase.js';
import type { Term } from './term.js';

const relational = new Set(RELATIONAL_HEADS.words);
const processHeads = new Set(PROCESS_HEADS.words);
const COMPLEMENT_PREPS = new Set(['of', 'to', 'for', 'in', 'against', 'from', 'on', 'at', 'with']);

/** A capital kept in a name: acronyms ("EU", "COVID-19"), abbreviations ("U.S."), proper nouns; headline capitals dropped. */
function keepsCapital(w: Word, phrase: readonly Word[]): boolean {
  if (!w.capital) return false;
  if (/^\p{Lu}[\p{Lu}\d-]+$/u.test(w.text)) return w.text.length <= 5 || !phrase.every((x) => !/\p{Ll}/u.test(x.text));
  if (w.text.includes('.')) return true;
  return w.pos === 'PROPN' || w.pos === null;
}

function printed(words: readonly Word[]): string {
  return words.map((w) => (keepsCapital(w, words) ? w.text : w.lower)).join(' ');
}

/** The printed name: lower case except acronyms and names; "the" kept before a name in the complement. */
function nameOf(modifiers: readonly Word[], head: Word, prep: Word | null, complement: readonly Word[], theBefore: boolean): string {
  const main = printed([...modifiers, head]);
  if (!prep || complement.length === 0) return main;
  return `${main} ${prep.lower} ${theBefore ? 'the ' : ''}${printed(complement)}`;
}

function toTerm(ctx: ArticleContext, rule: string, sentence: number, p: Phrase, limit: number): { term: Term; next: number } | null {
  const ws = ctx.words;
  const head = p.kept[p.kept.length - 1];
  if (!head || processHeads.has(head.lower) || p.actor) return null;
  let prep: Word | null = null;
  let complement: Word[] = [];
  let complementActor: string | null = null;
  let shown: Word[] = [];
  let next = p.next;
  let theBefore = false;
  let end = head.end;
  const owners = [...p.owners];
  const maybePrep = ws[next];
  if (relational.has(head.lower) && maybePrep && COMPLEMENT_PREPS.has(maybePrep.lower)) {
    const c = readPhrase(ctx, next + 1, limit, 4, true);
    if (c) {
      prep = maybePrep;
      complement = [...c.kept];
      shown = c.kept;
      complementActor = c.actor?.actor.id ?? null;
      owners.push(...c.owners);
      theBefore = ws[next + 1]?.lower === 'the' && (c.kept[0]?.capital ?? false);
      next = c.next;
      end = c.kept[c.kept.length - 1]?.end ?? end;
      // "access to critical minerals and other resources": both conjuncts say what is at stake.
      const conj = ws[next];
      if (!complementActor && conj && (conj.lower === 'and' || conj.lower === 'or')) {
        const d = readPhrase(ctx, next + 1, limit, 3, false);
        if (d && !d.actor) {
          complement.push(...d.kept);
          owners.push(...d.owners);
          next = d.next;
          end = d.kept[d.kept.length - 1]?.end ?? end;
        }
      }
    }
  }
  const first = p.kept[0] ?? head;
  const modifiers = p.kept.slice(0, -1);
  return {
    term: {
      rule, article: ctx.article.id, sentence, start: first.start, end, head, modifiers, prep, complement, complementActor, owners,
      name: nameOf(modifiers, head, prep, shown, theBefore),
    },
    next,
  };
}

/**
 * Reads the issue term(s) that start at word i of a sentence: one noun phrase with its
 * complement, and a second one joined by "and"/"or" ("security and sovereignty").
 */
export function chunkTerms(ctx: ArticleContext, rule: string, sentence: number, i: number): Term[] {
  const limit = ctx.sentenceWords[sentence]?.[1] ?? ctx.words.length;
  const max = DEAL_SETTINGS.maxTermWords.default;
  const out: Term[] = [];
  const p = readPhrase(ctx, i, limit, max, false);
  if (!p) return out;
  const first = toTerm(ctx, rule, sentence, p, limit);
  if (!first) return out;
  out.push(first.term);
  const conj = ctx.words[first.next];
  if (conj && (conj.lower === 'and' || conj.lower === 'or')) {
    const q = readPhrase(ctx, first.next + 1, limit, max, false);
    const second = q ? toTerm(ctx, rule, sentence, q, limit) : null;
    if (second) out.push(second.term);
  }
  return out;
}

/**
 * Reads the term whose head is word h: back over its modifiers and qualifiers to where the
 * phrase starts, then forward as `chunkTerms` does. Null when h is not the head there.
 */
export function chunkAround(ctx: ArticleContext, rule: string, sentence: number, h: number): Term | null {
  const first = ctx.sentenceWords[sentence]?.[0] ?? 0;
  let i = h;
  for (let back = 0; back < 5 && i - 1 >= first; back += 1) {
    const w = ctx.words[i - 1];
    if (!w) break;
    if (isContent(w) && !isAdverb(w)) { i -= 1; continue; }
    if (skip.has(w.lower) || w.lower === "'s" || w.pos === 'DET' || actorAtWord(ctx, w)) { i -= 1; continue; }
    break;
  }
  // Try the widest start first; fall back towards the head.
  for (let s = i; s <= h; s += 1) {
    const terms = chunkTerms(ctx, rule, sentence, s);
    const hit = terms.find((t) => t.head === ctx.words[h]);
    if (hit) return hit;
  }
  return null;
}

/**
 * A term for a frame whose words name the stake themselves ("excluded from peace talks" →
 * "place in peace talks"): the phrase from word i is the complement of the frame's head.
 */
export function namedTerm(ctx: ArticleContext, rule: string, sentence: number, start: number, i: number, names: { head: string; prep: string }): Term | null {
  const limit = ctx.sentenceWords[sentence]?.[1] ?? ctx.words.length;
  const c = readPhrase(ctx, i, limit, 3, true);
  if (!c || c.actor) return null;
  const mark = (text: string, at: number): Word => ({ text, lower: text, stem: text, start: at, end: at, capital: false, alpha: true, pos: 'NOUN' });
  const head = mark(names.head, start);
  const prep = mark(names.prep, start);
  const end = c.kept[c.kept.length - 1]?.end ?? start;
  return {
    rule, article: ctx.article.id, sentence, start, end, head, modifiers: [], prep, complement: c.kept, complementActor: null, owners: c.owners,
    name: `${names.head} ${names.prep} ${printed(c.kept)}`,
  };
}

/** A verb or adjective form of a family whose head alone names the issue ("repay", "recoup"): a bare term. */
export function bareTerm(ctx: ArticleContext, rule: string, sentence: number, h: number): Term | null {
  const head = ctx.words[h];
  if (!head) return null;
  return { rule, article: ctx.article.id, sentence, start: head.start, end: head.end, head, modifiers: [], prep: null, complement: [], complementActor: null, owners: [], name: head.lower };
}
