import type { Evidence } from '../../model/article.js';
import { excerpt, pageText, segmentLines, type MetadataInput, type NumberedLine } from './metadata-input.js';
import { displayNameForHost, matchPageCase, readHolder } from './outlet-names.js';
import { datelineRules } from './rules/dateline-rules.js';
import { addressRules, copyrightRules, signupRules } from './rules/credit-rules.js';
import { bioRules, emailRules } from './rules/bio-rules.js';
import { headerRules } from './rules/header-rules.js';
import { firstMatch } from './rules/text-rule.js';

/**
 * Kinds of outlet evidence, strongest first, as the stage ranks them. `ownsSegment` evidence
 * names the site of this very segment and ends a masthead's or footer's reach.
 */
export const OUTLET_EVIDENCE = {
  dateline: { strength: 90, ownsSegment: true },
  'copyright-site': { strength: 80, ownsSegment: true },
  signup: { strength: 70, ownsSegment: true },
  address: { strength: 60, ownsSegment: true },
  bio: { strength: 50, ownsSegment: true },
  'bio-email': { strength: 45, ownsSegment: true },
  'run-in-header': { strength: 35, ownsSegment: true },
  publisher: { strength: 20, ownsSegment: false },
} as const;
export type OutletEvidenceKind = keyof typeof OUTLET_EVIDENCE;

/** One line's say on which outlet a segment belongs to. */
export interface OutletClaim {
  outlet: string;
  kind: OutletEvidenceKind;
  evidence: Evidence;
}

/** A site name as printed: one to six words, starting with a letter or digit. */
const SITE_NAME = /^[\p{L}\d][\p{L}\d&'’.\- ]{0,60}$/u;
const plausibleSite = (s: string | undefined): s is string => s !== undefined && SITE_NAME.test(s) && s.split(/\s+/).length <= 6;

function claimsOfLine({ at, line }: NumberedLine, text: string): OutletClaim[] {
  const out: OutletClaim[] = [];
  const evidence = (rule: string, note: string): Evidence => ({ rule, text: excerpt(line.text, 200), note: `line ${at + 1} (${line.kind}): ${note}` });
  const add = (outlet: string | undefined, kind: OutletEvidenceKind, rule: string, note: string): void => {
    if (plausibleSite(outlet)) out.push({ outlet: matchPageCase(outlet, text), kind, evidence: evidence(rule, note) });
  };

  const dateline = firstMatch(datelineRules, line.text);
  if (dateline) add(dateline.captures.agency, 'dateline', dateline.rule.id, 'the agency named in the wire dateline filed the story');

  const copyright = firstMatch(copyrightRules, line.text);
  if (copyright?.captures.holder) {
    const { site, publisher } = readHolder(copyright.captures.holder);
    if (site) add(site, 'copyright-site', copyright.rule.id, 'the copyright line names the site');
    if (publisher) add(publisher, 'publisher', copyright.rule.id, 'the copyright line names a publishing company, not a site');
  }

  const signup = firstMatch(signupRules, line.text);
  if (signup) add(signup.captures.site, 'signup', signup.rule.id, 'the sign-up notice names the site sending the emails');

  const address = firstMatch(addressRules, line.text);
  if (address) add(address.captures.name, 'address', address.rule.id, 'the address footer starts with the outlet’s name');

  const bio = firstMatch(bioRules, line.text);
  if (bio) add(bio.captures.outlet, 'bio', bio.rule.id, `the author bio says where ${bio.captures.name ?? 'the writer'} works`);

  // An e-mail address names an employer only in a bio, not in body text.
  if (bio || line.kind === 'bio') {
    const email = firstMatch(emailRules, line.text);
    const name = email?.captures.domain ? displayNameForHost(email.captures.domain) : null;
    if (email && name) add(name, 'bio-email', email.rule.id, `the writer’s address is at ${email.captures.domain}`);
  }

  const header = firstMatch(headerRules, line.text);
  if (header) add(header.captures.site, 'run-in-header', header.rule.id, 'the field after the title in the run-in header is the site');
  return out;
}

/** Every outlet claim made by the lines of one segment, strongest first. */
export function segmentOutletClaims(input: MetadataInput, index = input.index): OutletClaim[] {
  const text = pageText(input);
  return segmentLines(input, index)
    .flatMap((l) => claimsOfLine(l, text))
    .sort((a, b) => OUTLET_EVIDENCE[b.kind].strength - OUTLET_EVIDENCE[a.kind].strength);
}

/** True when a segment carries evidence naming its own site. */
export function ownsOutlet(input: MetadataInput, index: number): boolean {
  return segmentOutletClaims(input, index).some((c) => OUTLET_EVIDENCE[c.kind].ownsSegment);
}
