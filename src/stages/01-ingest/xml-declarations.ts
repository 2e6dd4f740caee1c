/**
 * sax (under rss-parser's xml2js) re-tests its whole buffer on every character of a `<!…`
 * markup declaration outside a DTD, so a declaration N characters long costs N² (40,000
 * characters take 15 s on this machine's timings, a megabyte hours). Comments, CDATA sections
 * and the DOCTYPE with its internal subset are read in linear time and are skipped here. In
 * well-formed XML no such declaration appears outside a DTD at all.
 */
export const MAX_DECLARATION_WORK = 25_000_000; // the sum of squared lengths of one 5,000-character declaration, about 0.25 s

/** Σ length² of the `<!…>` declarations sax would read quadratically; stops counting past `limit`. */
export function declarationWork(xml: string, limit = MAX_DECLARATION_WORK): number {
  let work = 0;
  let at = xml.indexOf('<!');
  while (at !== -1 && work <= limit) {
    const end = declarationEnd(xml, at);
    if (end.quadratic) {
      const length = (end.at === -1 ? xml.length : end.at) - at;
      work += length * length;
    }
    if (end.at === -1) break;
    at = xml.indexOf('<!', end.at);
  }
  return work;
}

/** Where the declaration at `at` ends (-1: never) and whether sax reads it in quadratic time. */
function declarationEnd(xml: string, at: number): { at: number; quadratic: boolean } {
  const found = (index: number, length: number): number => (index === -1 ? -1 : index + length);
  if (xml.startsWith('<!--', at)) return { at: found(xml.indexOf('-->', at + 4), 3), quadratic: false };
  if (xml.startsWith('<![CDATA[', at)) return { at: found(xml.indexOf(']]>', at + 9), 3), quadratic: false };
  if (/^<!doctype/i.test(xml.slice(at, at + 9))) {
    const close = xml.indexOf('>', at);
    const subset = xml.indexOf('[', at);
    // An internal subset ends at `]` then `>`; its own declarations do not go through the slow path.
    if (subset !== -1 && (close === -1 || subset < close)) return { at: found(xml.indexOf(']', subset), 1), quadratic: false };
    return { at: found(close, 1), quadratic: false };
  }
  return { at: found(xml.indexOf('>', at + 2), 1), quadratic: true };
}
