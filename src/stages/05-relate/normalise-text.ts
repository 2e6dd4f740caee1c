/**
 * The text as an exact-duplicate test sees it: Unicode-normalised, lower-case, quote marks and
 * dashes unified, whitespace collapsed. Two articles with the same normalised text are copies.
 */
export function normaliseForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
