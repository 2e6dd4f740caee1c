import { segmentOutletClaims, OUTLET_EVIDENCE } from './outlet-claims.js';
import { footerOutlet, mastheadOutlet } from './page-outlet-claims.js';
import { displayNameForUrl } from './outlet-names.js';
import { found, nothing, type Finding } from './finding.js';
import type { MetadataInput } from './metadata-input.js';

/**
 * The outlet of a segment, from the strongest evidence there is: the input's own metadata;
 * a wire dateline, a copyright line, a sign-up notice, an address footer, an author bio or a
 * run-in header in the segment; the page's masthead or a footer after the segment; a
 * publishing company's copyright; the URL's host. Null when nothing names one.
 */
export function findOutlet(input: MetadataInput): Finding<string> {
  const given = input.given.outlet?.trim();
  if (given) return found(given, 'given-outlet', given, 'the input’s own metadata names the outlet');

  const claims = segmentOutletClaims(input);
  const own = claims.find((c) => OUTLET_EVIDENCE[c.kind].ownsSegment);
  if (own) return { value: own.outlet, evidence: own.evidence };

  const pageWide = mastheadOutlet(input) ?? footerOutlet(input);
  if (pageWide) return pageWide;

  const publisher = claims.find((c) => c.kind === 'publisher');
  if (publisher) return { value: publisher.outlet, evidence: publisher.evidence };

  const host = input.given.url ? displayNameForUrl(input.given.url) : null;
  if (host) return found(host.name, 'url-host', input.given.url ?? host.host, `nothing on the page names the outlet; named after the URL’s host ${host.host}`);
  return nothing();
}
