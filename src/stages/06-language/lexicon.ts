/** Remembers wink-nlp lexicon answers across documents: names recur, and the lookup is the hot path. */
const known = new Map<string, boolean>();
const LIMIT = 200_000;

/** True when `lower` is an English word in wink-nlp's lexicon ("trump", "social"), false for names ("bessent"). */
export function isEnglishWord(lower: string, ask: (lower: string) => boolean): boolean {
  let v = known.get(lower);
  if (v === undefined) {
    if (known.size >= LIMIT) known.clear();
    v = ask(lower);
    known.set(lower, v);
  }
  return v;
}
