import type { Article } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { isContentKey, MIN_CONTENT_WORDS } from './content-words.js';
import { findQuotedUnits, findSourceUnits, type TextUnit } from './find-units.js';
import { combine52 } from './hash.js';
import type { KeyIds } from './key-ids.js';
import type { MinHasher } from './minhash.js';
import { shingleHashes } from './shingles.js';
import { splitWords, type Word } from './words.js';

/** Words per phrase n-gram: 4 words with two content words are rarely shared by chance. */
export const GRAM_WORDS = 4;
/** Words per coverage window: about one sentence of news prose. */
export const WINDOW_WORDS = 20;

const SCALE_WORDS = new Set(['billion', 'million', 'trillion', 'thousand', 'percent', 'bn', 'm']);

/** Everything stage 05 compares of one article, computed once. */
export interface ArticleUnits {
  article: Article;
  words: Word[];
  /** Word positions by key, to find a quote's words verbatim in another text (built on first use). */
  readonly positions: Map<string, number[]>;
  quotes: TextUnit[];
  sources: TextUnit[];
  /** 4-grams of the reporter's own words (no quoted word): hashes ascending, each with its first word index. */
  grams: { keys: Float64Array; at: Int32Array };
  /** Every content 4-gram, quoted or not: only to find candidate pairs. */
  allGrams: Set<number>;
  /** Capitalised content words outside quotes (names), key → first word index. */
  names: Map<string, number>;
  /** Numbers outside quotes with their scale word ("500 billion"), key → first word index. */
  numbers: Map<string, number>;
  shingles: Uint32Array;
  signature: Uint32Array;
}

/** Reads the units of one article; `quotes` are the quote layer's quotes of this article, or null; `keyIds` numbers words for the whole corpus. */
export function readArticleUnits(article: Article, quotes: readonly Quote[] | null, hasher: MinHasher, keyIds: KeyIds): ArticleUnits {
  const text = article.text;
  const quoteUnits = findQuotedUnits(text, quotes, keyIds);
  const words = splitWords(text, quoteUnits);
  const names = new Map<string, number>();
  const numbers = new Map<string, number>();
  const content = words.map((w) => (isContentKey(w.key) ? 1 : 0));
  words.forEach((w, i) => {
    if (w.quoted || content[i] === 0) return;
    if (/\d/.test(w.key)) {
      const next = words[i + 1]?.key ?? '';
      const key = SCALE_WORDS.has(next) ? `${w.key} ${next}` : w.key;
      if (!numbers.has(key)) numbers.set(key, i);
    } else if (w.capital && !names.has(w.key)) names.set(w.key, i);
  });
  const hashes = words.map((w) => w.hash);
  // Running counts over the n-gram window: no per-position allocation on large corpora.
  const quoted = words.map((w) => (w.quoted ? 1 : 0));
  const grams = new Map<number, number>();
  const allGrams = new Set<number>();
  let c = 0;
  let q = 0;
  for (let i = 0; i < words.length; i++) {
    c += content[i]!;
    q += quoted[i]!;
    const first = i - GRAM_WORDS + 1;
    if (first < 0) continue;
    if (first > 0) {
      c -= content[first - 1]!;
      q -= quoted[first - 1]!;
    }
    if (c < MIN_CONTENT_WORDS) continue;
    const h = combine52(hashes, first, GRAM_WORDS);
    allGrams.add(h);
    if (q === 0 && !grams.has(h)) grams.set(h, first);
  }
  const shingles = shingleHashes(text);
  // Only a quote not found as a quote in the other article is looked up word by word: build on first use.
  let positions: Map<string, number[]> | null = null;
  return {
    article, words,
    get positions(): Map<string, number[]> {
      positions ??= wordPositions(words);
      return positions;
    },
    quotes: quoteUnits, sources: findSourceUnits(text, quotes, keyIds),
    grams: sortedGrams(grams), allGrams, names, numbers, shingles, signature: hasher.signature(shingles),
  };
}

function wordPositions(words: readonly Word[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w.key);
    if (list) list.push(i);
    else positions.set(w.key, [i]);
  });
  return positions;
}

// Sorted arrays instead of a map: two articles' shared grams are one merge, and a corpus keeps no millions of map entries.
function sortedGrams(grams: Map<number, number>): { keys: Float64Array; at: Int32Array } {
  const keys = Float64Array.from(grams.keys()).sort();
  return { keys, at: Int32Array.from(keys, (k) => grams.get(k)!) };
}
