import type { Qualifier } from '../../model/language.js';
import { GROUP_WORDS } from './rules/organizations.js';
import { addMention, type Scan } from './scan.js';

const ALLY_WORDS = new Set(GROUP_WORDS.find((g) => g.id === 'group-allies')?.words ?? []);
// Regions that name a bloc without a country code ("European allies").
const REGION_WORDS = new Set(['european', 'western', 'arab', 'gulf', 'nordic', 'baltic', 'african', 'asian', 'latin']);
const QUALIFIER_KINDS = new Set(['country', 'nationality', 'place', 'organization']);

/** Blocs of allies named by their side or region ("European allies", "NATO allies", "our allies"). */
export function findAllies(scan: Scan): void {
  const { work } = scan;
  for (let i = 1; i < work.n; i += 1) {
    if (!ALLY_WORDS.has(work.lower[i] ?? '') || (scan.owner[i] ?? -1) >= 0) continue;
    let k = i - 1;
    const qualifiers: Qualifier[] = [];
    let named = false;
    while (k >= 0 && work.sentence[k] === work.sentence[i]) {
      const owner = scan.owner[k] ?? -1;
      const m = owner >= 0 ? scan.mentions[owner] : undefined;
      if (m && QUALIFIER_KINDS.has(m.kind) && m.code) {
        qualifiers.push({ start: m.start, end: m.end, code: m.code, rule: 'group-qualifier' });
        named = true;
        k = (scan.firstToken[owner] ?? k) - 1;
      } else if ((owner < 0 || m?.kind === 'name') && REGION_WORDS.has(work.lower[k] ?? '')) {
        named = true;
        k -= 1;
      } else break;
    }
    if (!named) continue;
    addMention(scan, k + 1, i + 1, { kind: 'group', rule: 'group-allies', plural: true, ...(qualifiers.length ? { qualifiers } : {}) });
  }
}
