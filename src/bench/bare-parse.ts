import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The yardstick of the speed target: a bare wink-nlp `readDoc` of the same texts with its
 * default pipeline (the fastest well-kept English parser here), nothing read out of it.
 */
export function timeBareParse(texts: readonly string[]): { seconds: number; perSecond: number } {
  const nlp = winkNLP(model);
  for (const t of texts.slice(0, 50)) nlp.readDoc(t); // warm up the JIT, as the pipeline is warm by then
  const t0 = performance.now();
  for (const t of texts) nlp.readDoc(t);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, perSecond: texts.length / seconds };
}
