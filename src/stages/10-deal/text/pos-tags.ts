import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Word } from './words.js';
import type { Token } from '../../../model/language.js';

let instance: WinkMethods | null = null;

// Stage 06 leaves tokens untagged; this stage reads noun phrases, so it tags the texts it reads.
function tagger(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/**
 * Sets each word's part-of-speech tag by start offset: from the language stage's tokens when
 * they carry tags (one parse for the whole pipeline), else from a wink-nlp parse of its own
 * (wink's tokens are found in the text in order).
 */
export function tagWords(text: string, words: Word[], tokens?: readonly Token[]): void {
  const byStart = new Map<number, string>();
  if (tokens && tokens.length > 0 && tokens[0]?.pos !== undefined) {
    for (const t of tokens) if (t.pos) byStart.set(t.start, t.pos);
  } else {
    const nlp = tagger();
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out() as string[];
    const tags = doc.tokens().out(nlp.its.pos) as string[];
    let cursor = 0;
    values.forEach((v, i) => {
      const at = text.indexOf(v, cursor);
      if (at < 0 || at - cursor > 200) return;
      byStart.set(at, tags[i] ?? '');
      cursor = at + v.length;
    });
  }
  for (const w of words) w.pos = byStart.get(w.start) ?? null;
}
