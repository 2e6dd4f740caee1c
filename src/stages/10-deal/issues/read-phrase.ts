import { LEADING_SKIP, TERM_STOP } from '../rules/term-words.js';
import type { ActorAt, ArticleContext } from '../text/article-context.js';
import type { Word } from '../text/words.js';

export const skip = new Set(LEADING_SKIP.words);
const stop = new Set(TERM_STOP.words);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '«']);
// Words ending in -ly that are nouns, not adverbs.
const LY_NOUNS = new Set(['supply', 'family', 'assembly', 'ally', 'rally', 'reply', 'italy', 'monopoly', 'anomaly', 'july']);
// A nationality or demonym adjective before a lower-case noun ("Ukrainian security", "American obligations").
export const DEMONYM = /^\p{Lu}\p{L}+(?:an|ian|ean|ese|ish|ic|i)$/u;

/** A noun phrase as read: its kept words, the actors named as its owners, and where reading stopped. */
export interface Phrase {
  kept: Word[];
  owners: ActorAt[];
  /** Set when the whole phrase is one actor's name. */
  actor: ActorAt | null;
  next: number;
}

export function actorAtWord(ctx: ArticleContext, w: Word): ActorAt | undefined {
  return ctx.actors.find((a) => a.start <= w.start && w.end <= a.end);
}

/** Index of the first word after the actor's words. */
function after(ctx: ArticleContext, from: number, a: ActorAt): number {
  let j = from;
  while (j < ctx.words.length && (ctx.words[j]?.end ?? 0) <= a.end) j += 1;
  return j;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A word that may stand in a noun phrase: letters, not a function word or number, tagged noun or adjective when tagged. */
export const isContent = (w: Word | undefined): w is Word => !!w && w.alpha && !stop.has(w.lower) && !/^\$?\d/u.test(w.text)
  && (w.pos === null || NOMINAL.has(w.pos));

/** A word that can head a noun phrase: a noun when tagged. */
const isNoun = (w: Word): boolean => w.pos === null || w.pos === 'NOUN' || w.pos === 'PROPN';

export const isAdverb = (w: Word): boolean => w.lower.endsWith('ly') && w.lower.length > 4 && !LY_NOUNS.has(w.lower);

/** Reads one noun phrase from word i up to the sentence end `limit`; null when none starts there. */
export function readPhrase(ctx: ArticleContext, i: number, limit: number, max: number, complement: boolean): Phrase | null {
  const ws = ctx.words;
  const owners: ActorAt[] = [];
  // Leading marks, determiners, emphasis, possessors and country qualifiers.
  while (i < limit) {
    const w = ws[i];
    if (!w) break;
    if (skip.has(w.lower) || w.lower === "'s" || OPENING_MARKS.has(w.text)) { i += 1; continue; }
    const a = actorAtWord(ctx, w);
    if (a) {
      const j = after(ctx, i, a);
      const next = ws[j];
      if (next && j < limit && (next.lower === "'s" || isContent(next))) {
        owners.push(a);
        i = next.lower === "'s" ? j + 1 : j;
        continue;
      }
      // The actor is the whole phrase: content only as a complement ("accession to the EU").
      if (!complement) return null;
      return { kept: ws.slice(i, j), owners, actor: a, next: j };
    }
    if (DEMONYM.test(w.text) && isContent(ws[i + 1]) && !ws[i + 1]?.capital) { i += 1; continue; }
    // "without compromising the …", "receiving the level": a verb, not a noun phrase.
    if (w.lower.endsWith('ing') && (skip.has(ws[i + 1]?.lower ?? '') || DEMONYM.test(ws[i + 1]?.text ?? ''))) return null;
    break;
  }
  const kept: Word[] = [];
  while (i < limit && kept.length < max) {
    const w = ws[i];
    if (!isContent(w) || isAdverb(w) || w.lower.length < 2) break;
    if (kept.length > 0 && skip.has(w.lower)) break;
    const a = actorAtWord(ctx, w);
    if (a) {
      const j = after(ctx, i, a);
      // A possessor inside the phrase is its owner ("access to Ukraine's minerals"), so is a name after adjectives
      // only ("continued U.S. support"); after a noun a name ends the phrase ("offer | Ukraine security guarantees").
      const onlyAdjectives = kept.every((k) => k.pos === 'ADJ' || k.pos === 'VERB');
      if (ws[j]?.lower === "'s" || (onlyAdjectives && isContent(ws[j]) && j < limit)) { owners.push(a); i = ws[j]?.lower === "'s" ? j + 1 : j; continue; }
      break;
    }
    // A name the actor model missed, as possessor: "Congress's next tranche".
    if (ws[i + 1]?.lower === "'s" && w.capital) { i += 2; continue; }
    // "-ed" after a noun is a verb ("guarantees needed"); before one it is an adjective ("expanded benefits").
    if (/ed$/u.test(w.lower) && (kept.length > 0 || !isContent(ws[i + 1]))) break;
    kept.push(w);
    i += 1;
  }
  // The head is the last noun: trailing adjectives or verbs are not part of the phrase.
  while (kept.length > 0 && !isNoun(kept[kept.length - 1] as Word)) i = ws.indexOf(kept.pop() as Word);
  if (kept.length === 0) return null;
  // "bars it from": a lone word followed by an object pronoun was a verb.
  if (kept.length === 1 && OBJECT_PRONOUNS.has(ws[i]?.lower ?? '')) return null;
  return { kept, owners, actor: null, next: i };
}
