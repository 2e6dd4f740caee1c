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
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const entities = spans.map(([first, last], i) => ({ label: details[i]?.type ?? '', first, last }));
  return { values, tags, sentences, entities, isLexeme: (lower) => !doc.isOOV(lower) };
}
