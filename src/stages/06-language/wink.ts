import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/**
 * The shared wink-nlp instance: sentences, part-of-speech tags and entities. The deal stage
 * reads noun phrases, and tagging here in the one parse is cheaper than a second parse there.
 */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

/** wink-nlp's view of one text: token values, sentence and entity token ranges (inclusive). */
export interface WinkParse {
  values: string[];
  /** Universal POS tag of each token. */
  tags: string[];
  sentences: [number, number][];
  entities: { label: string; first: number; last: number }[];
  /** Whether wink-nlp's lexicon knows a lower-case word (an English word, not a name). */
  isLexeme: (lower: string) => boolean;
}

/** Parses a text once with wink-nlp and reads out what the stage needs. */
export function parseWithWink(text: string): WinkParse {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(breakLongRuns(text));
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const entities = spans.map(([first, last], i) => ({ label: details[i]?.type ?? '', first, last }));
  return { values, tags, sentences, entities, isLexeme: (lower) => !doc.isOOV(lower) };
}

/** Longest run without whitespace handed to wink-nlp whole. */
const MAX_RUN = 1_000;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');

/**
 * wink-nlp's e-mail pattern is quadratic on a long run without spaces (20,000 "*" take 2.8 s).
 * No word is that long, so such runs get a space every MAX_RUN characters; the length is
 * unchanged, so every offset still points into the article text.
 */
export function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(/([^]{1000})[^]/gu, '$1 '));
}
