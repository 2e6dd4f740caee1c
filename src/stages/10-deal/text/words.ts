/** One word (or punctuation mark) of a text, with its offsets and the forms rules compare. */
export interface Word {
  text: string;
  /** Lower case, diacritics and curly apostrophes folded. */
  lower: string;
  /** `lower` with a plural or verb -s ending cut: what issue terms are matched on. */
  stem: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Letters or digits (not punctuation). */
  alpha: boolean;
  /** Universal part-of-speech tag from wink-nlp (NOUN, VERB, ADJ …), once tagged. */
  pos: string | null;
}

// Abbreviations with dots ("U.S.", "U.K."), money, words with inner hyphens or apostrophes, a possessive after an abbreviation ("U.S.’s"), then single marks.
const WORD = /(?:\p{Lu}\.){2,}|\$?\d[\d,.]*\d|\$?\d|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’]s(?![\p{L}\p{N}])|[^\s]/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const NON_ASCII = /[^\x00-\x7f]/u;

/** Lower-cases and folds diacritics and curly apostrophes, so "Zelenskyy’s" and "zelenskyy's" compare equal. */
export function fold(text: string): string {
  // Plain ASCII has no marks or curly quotes to fold: lower-casing is all (most words, and a fifth of the deal stage's word time).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/gu, "'").toLowerCase();
}

/** A crude English stem: plural and third-person -s cut ("guarantees" → "guarantee", "countries" → "country"). */
export function stem(lower: string): string {
  if (lower.length <= 3 || !lower.endsWith('s')) return lower;
  if (/(?:ss|us|is|ous)$/u.test(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/u.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

function makeWord(text: string, start: number): Word {
  const lower = fold(text);
  return { text, lower, stem: stem(lower), start, end: start + text.length, capital: isCapital(text), alpha: isAlpha(text), pos: null };
}

// ASCII first letters decided by their code; the Unicode classes only for the rest (the per-word regexes were a tenth of the deal stage).
function isCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

function isAlpha(text: string): boolean {
  const c = text.charCodeAt(0);
  const letter = c | 32;
  return (c >= 48 && c <= 57) || (letter >= 97 && letter <= 122) || /[\p{L}\p{N}]/u.test(text);
}

/** Splits a stretch of text into words with absolute offsets; a possessive "'s" becomes its own word. */
export function words(text: string, offset = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(offset, end);
  for (const m of slice.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    // Only a word ending in "s" can be a possessive.
    const poss = m[0].endsWith('s') ? POSSESSIVE.exec(m[0]) : null;
    if (poss && poss[1] && poss[2]) {
      out.push(makeWord(poss[1], start), makeWord(poss[2], start + poss[1].length));
    } else out.push(makeWord(m[0], start));
  }
  return out;
}
