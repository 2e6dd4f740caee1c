/**
 * Rule patterns are written case-insensitive with Unicode classes (/iu). V8 runs such a
 * pattern about 15× slower than the same pattern without `i` over lower-cased text, and the
 * rule scans were most of the deal stage's time. So a pattern that reads no case (no
 * upper-case letter, no \p{Lu}-style class, no back-reference) runs folded: without `i`, over
 * `text.toLowerCase()`, whose offsets are the text's own as long as the length is unchanged.
 */

/** One match: where it is in the text, the original text matched, and the raw match (lower-cased when the pattern ran folded). */
export interface FoundMatch {
  index: number;
  end: number;
  text: string;
  match: RegExpExecArray;
}

interface Compiled {
  /** Global version of the pattern, run on the original text. */
  plain: RegExp;
  /** Global pattern without `i`, run on lower-cased text; null when the pattern must see case. */
  folded: RegExp | null;
}

const compiled = new WeakMap<RegExp, Compiled>();

// Escapes like \b \s \w \d \p{L} are case-free; what remains must hold no upper-case letter.
const ESCAPE = /\\(?:[pP]\{[^}]*\}|[A-Za-z]|.)/gu;
const CASED_CLASS = /\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase|Upper|Lower)/u;
const BACKREFERENCE = /\\[1-9]|\\k</u;

function compile(pattern: RegExp): Compiled {
  const known = compiled.get(pattern);
  if (known) return known;
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const plain = new RegExp(pattern.source, flags);
  const source = pattern.source;
  const caseFree = pattern.flags.includes('i') && !CASED_CLASS.test(source) && !BACKREFERENCE.test(source) && !/[A-Z]/u.test(source.replace(ESCAPE, ''));
  const folded = caseFree ? new RegExp(source, flags.replace('i', '')) : null;
  const entry = { plain, folded };
  compiled.set(pattern, entry);
  return entry;
}

/**
 * Every match of `pattern` in `text`, as `text.matchAll(pattern)` would find them.
 * `lower` may pass `text.toLowerCase()` when the caller runs many patterns over one text.
 *
 * @example
 * findAll(/\bwill\s+sign\b/iu, 'Kyiv WILL sign.')[0]?.text // 'WILL sign'
 */
export function findAll(pattern: RegExp, text: string, lower?: string): FoundMatch[] {
  const { plain, folded } = compile(pattern);
  const low = folded ? lower ?? text.toLowerCase() : null;
  const useFolded = folded !== null && low !== null && low.length === text.length;
  const regex = useFolded ? folded : plain;
  const subject = useFolded ? low : text;
  const out: FoundMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(subject); m !== null; m = regex.exec(subject)) {
    const end = m.index + m[0].length;
    out.push({ index: m.index, end, text: useFolded ? text.slice(m.index, end) : m[0], match: m });
    // An empty match would repeat forever; step past it as matchAll does.
    if (m[0].length === 0) regex.lastIndex += 1;
  }
  return out;
}
