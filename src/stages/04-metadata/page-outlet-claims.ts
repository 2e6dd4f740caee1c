import { excerpt, pageText, type MetadataInput } from './metadata-input.js';
import { matchPageCase } from './outlet-names.js';
import { OUTLET_EVIDENCE, ownsOutlet, segmentOutletClaims, type OutletClaim } from './outlet-claims.js';
import type { Finding } from './finding.js';

/** A masthead is a short name on a line of its own: "Axios", "The Hill". */
const MASTHEAD_NAME = /^[\p{L}\d][\p{L}\d&'’.\- ]{0,40}$/u;

/** Index of the segment holding a line, or of the first segment after it. */
function segmentAtOrAfter(input: MetadataInput, lineIndex: number): number {
  const i = input.segments.findIndex((s) => lineIndex < s.endLine);
  return i === -1 ? input.segments.length : i;
}

/** True when no segment in [from, to) names its own site. */
const noOwnerBetween = (input: MetadataInput, from: number, to: number): boolean => {
  for (let s = from; s < to; s += 1) if (ownsOutlet(input, s)) return false;
  return true;
};

/**
 * The page's masthead ("Axios" as the first line) speaks for the segments after it until one
 * names its own site: on a page where Axios pieces come first and wire stories follow, it
 * covers the Axios part only.
 */
export function mastheadOutlet(input: MetadataInput): Finding<string> | null {
  const text = pageText(input);
  for (let at = 0; at < input.lines.length; at += 1) {
    const line = input.lines[at];
    if (!line || line.kind !== 'masthead') continue;
    const name = line.text.trim();
    if (!MASTHEAD_NAME.test(name) || name.split(/\s+/).length > 5) continue;
    const from = segmentAtOrAfter(input, at);
    if (input.index >= from && noOwnerBetween(input, from, input.index)) {
      return { value: matchPageCase(name, text), evidence: { rule: 'masthead', text: excerpt(name), note: `line ${at + 1} (masthead): the page’s masthead covers segments ${from}–${input.index}, none of which names another site` } };
    }
  }
  return null;
}

/**
 * A site-naming footer (copyright or address line) speaks for the segments before it back to
 * the previous one that names its own site: "Copyright Axios Media, 2024" after three Axios cards.
 */
export function footerOutlet(input: MetadataInput): Finding<string> | null {
  for (let f = input.index + 1; f < input.segments.length; f += 1) {
    const claims = segmentOutletClaims(input, f);
    const footer: OutletClaim | undefined = claims.find((c) => c.kind === 'copyright-site' || c.kind === 'address');
    if (footer) {
      return { value: footer.outlet, evidence: { ...footer.evidence, note: `${footer.evidence.note ?? ''}; this footer of segment ${f} covers segment ${input.index}, as no segment between names a site` } };
    }
    // The first segment that names its own site ends the footer's reach.
    if (claims.some((c) => OUTLET_EVIDENCE[c.kind].ownsSegment)) return null;
  }
  return null;
}
