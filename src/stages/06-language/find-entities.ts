import type { MentionKind } from '../../model/language.js';
import type { GazKind } from './gazetteer.js';
import { COUNTRY_NAME_PREFIXES } from './rules/countries.js';
import { addMention, isCapitalised, matchAt, type Scan } from './scan.js';

const PREFIXES = new Set(COUNTRY_NAME_PREFIXES.words);

// "New Jersey": a capitalised "New" or compass word right before a country name that the gazetteer does not know whole.
function partOfLongerName(scan: Scan, i: number): boolean {
  const p = i - 1;
  return p >= 0 && scan.work.sentence[p] === scan.work.sentence[i] && isCapitalised(scan.work, p) && PREFIXES.has(scan.work.lower[p] ?? '') && (scan.owner[p] ?? -1) < 0;
}

const ENTITY_KINDS: ReadonlySet<GazKind> = new Set(['country', 'nationality', 'people', 'capital', 'body', 'institution', 'group']);

const MENTION_KIND: Record<string, MentionKind> = {
  country: 'country', nationality: 'nationality', people: 'nationality', capital: 'place',
  body: 'organization', institution: 'organization', group: 'group',
};

/** Countries, nationalities, capitals, international bodies, national institutions and party groups from the gazetteer. */
export function findEntities(scan: Scan): void {
  for (const s of scan.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const m = matchAt(scan, i, s.tokenEnd, ENTITY_KINDS);
      const e = m?.entries[0];
      if (!m || !e) {
        i += 1;
        continue;
      }
      if ((e.kind === 'country' || e.kind === 'capital') && partOfLongerName(scan, i)) {
        scan.work.fired.add(COUNTRY_NAME_PREFIXES.id);
        i += m.len;
        continue;
      }
      addMention(scan, i, i + m.len, {
        kind: MENTION_KIND[e.kind] ?? 'organization',
        rule: e.rule,
        ...(e.code ? { code: e.code } : {}),
        ...(e.metonym ? { metonym: true } : {}),
        ...(e.kind === 'people' || e.kind === 'group' ? { plural: true } : {}),
      });
      i += m.len;
    }
  }
}
