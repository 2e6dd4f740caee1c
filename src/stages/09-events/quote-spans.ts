/** A direct quotation in the text, between its quote marks (marks excluded). */
export interface QuoteSpan {
  start: number;
  end: number;
  words: number;
}

/** Quotes longer than this are the speaker's own words; shorter ones are scare quotes inside the reporter's sentence. */
export const SCARE_QUOTE_MAX_WORDS = 4;

const CURLY = /“([^“”]{1,3000}?)(?:”|(?=\n\s*\n))/gu;
const STRAIGHT = /"([^"]{1,3000}?)"/gu;

/** Finds curly and straight double-quoted spans; an unclosed curly quote ends at its paragraph. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const re of [CURLY, STRAIGHT]) {
    for (const m of text.matchAll(re)) {
      const inner = m[1] ?? '';
      const start = (m.index ?? 0) + 1;
      out.push({ start, end: start + inner.length, words: inner.split(/\s+/u).filter((w) => w.length > 0).length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when `pos` sits inside a quote of more than SCARE_QUOTE_MAX_WORDS words. */
export function inLongQuote(quotes: readonly QuoteSpan[], pos: number): boolean {
  return quotes.some((q) => pos >= q.start && pos < q.end && q.words > SCARE_QUOTE_MAX_WORDS);
}
