import type { GazKind } from './gazetteer.js';
import { addMention, matchAt, type Scan } from './scan.js';
import type { MentionKind } from '../../model/language.js';

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
