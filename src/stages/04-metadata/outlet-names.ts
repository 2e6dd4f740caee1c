import { businessTrailers, legalSuffixes, syndicationWords } from './rules/holder-words.js';
import { knownHostNames, twoLabelSuffixes, webmailDomains } from './rules/host-names.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LEGAL_END = new RegExp(`(?:^|\\s)(?:${legalSuffixes.map(escape).join('|')})\\.?$`, 'i');
const SYNDICATION = new RegExp(`\\b(?:${syndicationWords.map(escape).join('|')})\\b`);
const TRAILER_END = new RegExp(`\\s+(?:${businessTrailers.map(escape).join('|')})$`, 'i');

/**
 * Reads a copyright holder: a legal company name or a syndicate is a publisher; otherwise the
 * holder is the site, less a trailing business word ("Axios Media" → Axios).
 */
export function readHolder(holder: string): { site: string | null; publisher: string | null } {
  const h = holder.trim().replace(/[,;:]+$/, '');
  if (LEGAL_END.test(h) || SYNDICATION.test(h)) return { site: null, publisher: h };
  const site = h.replace(/\.$/, '').replace(TRAILER_END, '').trim();
  // A holder that is nothing but a business word names no site.
  if (site === '' || new RegExp(`^(?:${businessTrailers.map(escape).join('|')})$`, 'i').test(site)) return { site: null, publisher: null };
  return { site, publisher: null };
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/** Title case for names printed in capitals: "THE HILL" → "The Hill". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * A name printed in capitals, spelled as the page spells it elsewhere ("THE HILL" → "The Hill"
 * when the page also prints "The Hill"), else title-cased. Names not in capitals and acronyms
 * ("CNN") stay as printed.
 */
export function matchPageCase(name: string, pageText: string): string {
  // A short capitalised word is an acronym ("CNN", "AP"), not a name set in capitals.
  if (name !== name.toUpperCase() || /^\S{1,4}$/.test(name.trim())) return name.trim();
  const words = name.trim().split(/\s+/).map(escape).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\d])${words}(?![\\p{L}\\d])`, 'giu');
  for (const m of pageText.matchAll(re)) {
    // Only a proper-noun spelling counts: "The Hill", not "the hill" inside a sentence or a URL.
    if (m[0] !== m[0].toUpperCase() && /^\p{Lu}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
  }
  return titleCase(name);
}

/** The registrable domain of a host: "edition.cnn.com" → "cnn.com", "www.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = twoLabelSuffixes.includes(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * A display name for a site's host: the known name of a well-known outlet, else its own label
 * title-cased ("www.reuters.com" → Reuters). Null for mail providers and unusable hosts.
 */
export function displayNameForHost(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\d*\./, '');
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(h)) return null;
  const domain = registrableDomain(h);
  if (webmailDomains.includes(domain)) return null;
  const known = knownHostNames.find((k) => h === k.host || h.endsWith(`.${k.host}`));
  if (known) return known.name;
  const label = domain.split('.')[0] ?? '';
  return label === '' ? null : titleCase(label.replace(/-/g, ' '));
}

/** The display name for a URL's host, or null when the URL has none. */
export function displayNameForUrl(url: string): { host: string; name: string } | null {
  try {
    const host = new URL(url).hostname;
    const name = displayNameForHost(host);
    return name ? { host, name } : null;
  } catch {
    return null;
  }
}
