import type { Tok } from './frame-tokens.js';
import { SPEECH_CUES, type CueRule } from './rules/speech-cues.js';

/** A reporting verb or phrase found in a sentence, as token indexes (inclusive). */
export interface CueHit {
  rule: CueRule;
  first: number;
  last: number;
  /** The form ends in -ing: a participle whose subject is elsewhere ("…, saying that"). */
  participle: boolean;
}

const GAP = '…';
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'no', 'any']);
const MAX_GAP = 4;

interface Form {
  rule: CueRule;
  words: string[];
}

/** Forms indexed by their first word, longest first so "point out" wins over a shorter form. */
const BY_FIRST = new Map<string, Form[]>();
for (const rule of SPEECH_CUES) {
  for (const form of rule.forms) {
    const words = form.toLowerCase().split(/\s+/u);
    const key = words[0] ?? '';
    const list = BY_FIRST.get(key) ?? [];
    list.push({ rule, words });
    list.sort((a, b) => b.words.length - a.words.length);
    BY_FIRST.set(key, list);
  }
}

/** Cue words that are just as often nouns ("the State Department", "a Reuters report"). */
const NOUN_LIKE = new Set(['state', 'states', 'post', 'posts', 'report', 'reports', 'note', 'notes', 'term', 'label', 'labels', 'call', 'calls', 'counter', 'remark', 'claim', 'claims', 'brand', 'blast', 'hail', 'mock', 'praise', 'vow', 'vows', 'pledge', 'pledges', 'promise', 'promises', 'recall', 'joke', 'quip', 'hint', 'signal', 'caution', 'stress', 'tweet', 'tweets', 'reply', 'replies', 'concern', 'denies', 'add', 'quoted', 'continue', 'maintain', 'underscore', 'emphasis', 'comment', 'urge']);

/** Words that start a cue and are not also common nouns: a speaker's description ends before one. */
export const CUE_WORDS: ReadonlySet<string> = new Set([...BY_FIRST.keys()].filter((w) => !NOUN_LIKE.has(w)));

/** The index of the last token of `form` matched at token i, or -1. */
function matchForm(toks: readonly Tok[], i: number, words: readonly string[]): number {
  let t = i;
  for (let w = 0; w < words.length; w += 1) {
    const want = words[w];
    if (want === GAP) {
      const next = words[w + 1] ?? '';
      let k = t;
      while (k < toks.length && k - t <= MAX_GAP && toks[k]?.lower !== next) {
        if (toks[k]?.kind !== 'word') return -1;
        k += 1;
      }
      if (toks[k]?.lower !== next) return -1;
      t = k;
      continue;
    }
    const tok = toks[t];
    if (!tok || tok.kind !== 'word' || tok.lower !== want) return -1;
    t += 1;
  }
  return t - 1;
}

/** Every reporting cue among the sentence's tokens outside quotes, left to right. */
export function matchCues(toks: readonly Tok[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const tok = toks[i];
    // Verbs of saying are lower-case except at the start of a sentence ("Speaking at CPAC, …"); "Post" is a name.
    if (!tok || tok.kind !== 'word' || (tok.cap && i > 0)) continue;
    // After a determiner the word is a noun ("the call", "a claim").
    if (NOUN_DETERMINERS.has(toks[i - 1]?.lower ?? '')) continue;
    for (const form of BY_FIRST.get(tok.lower) ?? []) {
      const last = matchForm(toks, i, form.words);
      if (last < 0) continue;
      hits.push({ rule: form.rule, first: i, last, participle: /ing$/u.test(tok.lower) });
      i = last;
      break;
    }
  }
  return hits;
}
