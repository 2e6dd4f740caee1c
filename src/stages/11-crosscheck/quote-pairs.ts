import type { Quote } from '../../model/quote.js';
import { MAX_BUCKET } from './pair-index.js';
import { contentWords, quoteWords } from './quote-words.js';

/** A quote's words as the checks compare them, read once per quote. */
export interface QuoteText {
  words: string[];
  set: Set<string>;
  /** The distinct words as ascending ids, in the order the keys below need, so two quotes' overlap is one merge. */
  ids: Int32Array;
  content: Set<string>;
  /** Content words, rarest first (in fewest quotes, then alphabetical). */
  rare: string[];
}

/**
 * Reads the words of every quote once. Word ids follow one global order: content words first,
 * rarest first (in fewest of `quotes`, then alphabetical), then function words.
 * @example const textOf = readQuoteTexts(quotes); overlapKeys(textOf(q), 0.5)
 */
export function readQuoteTexts(quotes: readonly Quote[]): (q: Quote) => QuoteText {
  const read = quotes.map((q) => {
    const words = quoteWords(q.text);
    return { quote: q, words, set: new Set(words), content: contentWords(words) };
  });
  const df = new Map<string, number>();
  const others = new Set<string>();
  for (const r of read) {
    for (const w of r.content) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of r.set) if (!r.content.has(w)) others.add(w);
  }
  const rarest = (a: string, b: string): number => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const vocabulary = [...[...df.keys()].sort(rarest), ...[...others].sort()];
  const idOf = new Map(vocabulary.map((w, id) => [w, id]));
  const toText = (words: string[], set: Set<string>, content: Set<string>): QuoteText => {
    if ([...set].some((w) => !idOf.has(w))) {
      // A quote the order was not built from: its new words go last.
      for (const w of set) if (!idOf.has(w)) idOf.set(w, (vocabulary.push(w), vocabulary.length - 1));
      return { words, set, ids: Int32Array.from(set, (w) => idOf.get(w)!).sort(), content, rare: [...content].sort(rarest) };
    }
    const ids = Int32Array.from(set, (w) => idOf.get(w)!).sort();
    return { words, set, ids, content, rare: Array.from(ids.subarray(0, content.size), (id) => vocabulary[id]!) };
  };
  const byQuote = new Map(read.map((r) => [r.quote, toText(r.words, r.set, r.content)]));
  return (q) => {
    const known = byQuote.get(q);
    if (known) return known;
    const words = quoteWords(q.text);
    return toText(words, new Set(words), contentWords(words));
  };
}

/** `setOverlap` of two quotes by their word ids: shared over union. */
export function idOverlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The keys that find every pair of quotes with word overlap ≥ `threshold` that share a content
 * word: the prefix filter of AllPairs (Bayardo et al., WWW 2007). Order a quote's distinct words
 * content words first, rarest first; with overlap ≥ t the quotes share o ≥ ⌈t·n⌉ of its n words,
 * so their first shared word has at most n − o words before it and lies in the first
 * n − ⌈t·n⌉ + 1. When they share a content word, that first shared word is one: only content
 * words of the prefix need filing, and they are the quote's rarest.
 */
export function overlapKeys(t: QuoteText, threshold: number): string[] {
  const n = t.set.size;
  return t.rare.slice(0, n - Math.ceil(threshold * n) + 1);
}

/**
 * Where a quote is filed and where it looks: two quotes meet when one looks where the other is
 * filed. A quote must be filed in at most one of the scopes another looks in (its shared words are
 * counted within one scope).
 */
export interface QuoteScopes {
  filed: readonly string[];
  sought: readonly string[];
}

/**
 * Scopes for checks that join quotes of one speaker or of an unknown one: a known speaker looks
 * among that speaker's quotes and the unattributed ones; an unattributed quote looks among all.
 * Two named speakers are never compared, which keeps the buckets to one speaker's quotes.
 */
export function compatibleSpeakers(speaker: string | null): QuoteScopes {
  return speaker === null ? { filed: ['*', '?'], sought: ['*'] } : { filed: ['*', `@${speaker}`], sought: [`@${speaker}`, '?'] };
}

/**
 * Proposes, for quote i, the later quotes whose words may overlap it by ≥ `threshold`: those sharing
 * a prefix key (`overlapKeys`) in a scope where one is filed and the other looks, kept only while
 * the lengths and the shared words allow it (the length and positional filters of PPJoin, Xiao et
 * al., WWW 2008). Words are in one global order, so at a shared word at positions p, q of the two
 * quotes every shared word before it is before it in both, and was counted: the overlap is at most
 * the count so far + 1 + the words left after p and q in the shorter rest. Words whose bucket was
 * dropped as too common count as possibly shared. The filters only drop pairs below the threshold.
 */
export function createOverlapSearch(texts: readonly QuoteText[], threshold: number, scopes: (i: number) => QuoteScopes, maxBucket = MAX_BUCKET): (i: number, add: (j: number) => void) => void {
  const prefixes = texts.map((t) => overlapKeys(t, threshold));
  const sought = texts.map((_, i) => scopes(i).sought);
  // scope → word → [quote, position of the word in its prefix, quote, position, …], quotes ascending; null once dropped.
  const postings = new Map<string, Map<string, number[] | null>>();
  prefixes.forEach((words, i) => {
    for (const scope of scopes(i).filed) {
      let byWord = postings.get(scope);
      if (!byWord) postings.set(scope, (byWord = new Map()));
      for (let at = 0; at < words.length; at++) {
        const list = byWord.get(words[at]!);
        if (list) list.push(i, at);
        else byWord.set(words[at]!, [i, at]);
      }
    }
  });
  for (const byWord of postings.values()) for (const [w, list] of byWord) if (list && list.length > 2 * maxBucket) byWord.set(w, null);
  // overlap ≥ t over union ⇔ shared ≥ t / (1 + t) × (|a| + |b|); the margin keeps rounding from dropping a pair.
  const share = threshold / (1 + threshold);
  const sizes = Int32Array.from(texts, (t) => t.set.size);
  const stamp = new Int32Array(texts.length).fill(-1);
  // Shared words counted so far for the current i; -1 once the pair cannot reach the threshold.
  const count = new Int32Array(texts.length);
  const touched: number[] = [];
  return (i, add) => {
    const a = sizes[i]!;
    const words = prefixes[i]!;
    touched.length = 0;
    for (const scope of sought[i]!) {
      const byWord = postings.get(scope);
      if (!byWord) continue;
      let dropped = 0;
      for (let ai = 0; ai < words.length; ai++) {
        const list: number[] | null | undefined = byWord.get(words[ai]!);
        if (list === null) dropped++;
        if (!list) continue;
        for (let x: number = list.length - 2; x >= 0 && list[x]! > i; x -= 2) {
          const j = list[x]!;
          const b = sizes[j]!;
          if (stamp[j] !== i) {
            stamp[j] = i;
            touched.push(j);
            count[j] = Math.min(a, b) < threshold * Math.max(a, b) - 1e-9 ? -1 : 0;
          }
          const c = count[j]!;
          if (c < 0) continue;
          const most = c + dropped + 1 + Math.min(a - ai - 1, b - list[x + 1]! - 1);
          count[j] = most < Math.ceil(share * (a + b) - 1e-9) ? -1 : c + 1;
        }
      }
    }
    for (const j of touched) if (count[j]! > 0) add(j);
  };
}
