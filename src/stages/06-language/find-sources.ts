import type { Qualifier } from '../../model/language.js';
import { GROUP_WORDS } from './rules/organizations.js';
import { SOURCE_COMPLEMENTS, SOURCE_DETERMINERS, SOURCE_HEADS, SOURCE_MODIFIERS } from './rules/sources.js';
import { addMention, isCapitalised, type Scan } from './scan.js';
import { Shape } from './text-work.js';

const HEADS = new Set(SOURCE_HEADS.words);
const MODIFIERS = new Set(SOURCE_MODIFIERS.words);
const DETERMINERS = new Set(SOURCE_DETERMINERS.words);
const INDEFINITE = new Set([...DETERMINERS].filter((d) => d !== 'the'));
const COMPLEMENTS = SOURCE_COMPLEMENTS.words.map((w) => w.split(' ')).sort((a, b) => b.length - a.length);
const PLACE_COMPLEMENTS = new Set(['in', 'from', 'at', 'inside', 'within', 'on', 'with']);
const QUALIFIER_KINDS = new Set(['country', 'nationality', 'place', 'organization']);
// Only these heads need a complement to be a source: "people familiar with the matter".
const NEEDS_COMPLEMENT = new Set(['person', 'people', 'negotiator', 'negotiators']);
const ALLY_WORDS = new Set(GROUP_WORDS.find((g) => g.id === 'group-allies')?.words ?? []);
const REGION_WORDS = new Set(['european', 'western', 'arab', 'gulf', 'nordic', 'baltic', 'african', 'asian', 'latin', 'our', 'their', 'its']);
const STOP_OBJECT = new Set(['and', 'who', 'that', 'which', 'said', 'say', 'says', 'tell', 'told', 'to']);

/**
 * Unnamed sources and officials ("a source familiar with the negotiations", "U.S. officials",
 * "the US official"), with the side their words name.
 */
export function findSources(scan: Scan): void {
  const { work } = scan;
  for (const s of scan.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i += 1) {
      const lower = work.lower[i] ?? '';
      if (!HEADS.has(lower) || (scan.owner[i] ?? -1) >= 0) continue;
      // "an official visit", "the source code": the noun is a modifier here.
      const nextPos = work.pos[i + 1] ?? '';
      if (i + 1 < s.tokenEnd && (nextPos === 'NOUN' || work.pos[i] === 'ADJ') && work.shape[i + 1] === Shape.LOWER) continue;
      const qualifiers: Qualifier[] = [];
      let k = i - 1;
      let possessed = false;
      while (k >= s.tokenStart) {
        const owner = scan.owner[k] ?? -1;
        const m = owner >= 0 ? scan.mentions[owner] : undefined;
        if (m && (QUALIFIER_KINDS.has(m.kind) && m.code || m.rule === 'leader-administration')) {
          if (m.code) qualifiers.push({ start: m.start, end: m.end, code: m.code, rule: 'source-qualifier' });
          k = (scan.firstToken[owner] ?? k) - 1;
        } else if (MODIFIERS.has(work.lower[k] ?? '') || work.lower[k] === 'and' && qualifiers.length > 0) {
          k -= 1;
        } else if (work.shape[k] === Shape.POSS && k - 1 >= s.tokenStart && isCapitalised(work, k - 1)) {
          possessed = true;
          k -= 2;
          break;
        } else break;
      }
      const det = k >= s.tokenStart && (DETERMINERS.has(work.lower[k] ?? '') || work.shape[k] === Shape.NUM) ? work.lower[k] : undefined;
      const first = possessed ? k + 1 : det !== undefined ? k : k + 1;
      const complementEnd = readComplement(scan, i + 1, s.tokenEnd);
      const end = complementEnd ?? i + 1;
      const rule = complementEnd !== null ? 'source-with-complement'
        : possessed ? 'source-possessed'
          : NEEDS_COMPLEMENT.has(lower) ? null
            : det !== undefined && (INDEFINITE.has(det) || work.shape[k] === Shape.NUM) ? 'source-counted'
              : det === 'the' ? 'source-definite'
                : qualifiers.length > 0 && lower.endsWith('s') ? 'source-national' : null;
      if (!rule) continue;
      if (qualifiers.length > 0) work.fired.add('source-qualifier');
      addMention(scan, first, end, {
        kind: 'anonymous', rule, plural: lower.endsWith('s') || lower === 'people',
        ...(qualifiers.length ? { qualifiers: qualifiers.reverse() } : {}),
        ...(det ? { determiner: det } : {}),
      });
      i = end - 1;
    }
  }
}

// "familiar with the negotiations", "with knowledge of the call", "in the Presidential Administration", "on both sides".
function readComplement(scan: Scan, at: number, limit: number): number | null {
  const { work } = scan;
  for (const words of COMPLEMENTS) {
    if (at + words.length > limit || !words.every((w, k) => work.lower[at + k] === w)) continue;
    let q = at + words.length;
    const bare = words.join(' ');
    if (bare === 'on both sides' || bare === 'with knowledge' && work.lower[q] !== 'of') return q;
    const objectStart = q;
    let capitals = 0;
    while (q < limit && q - objectStart < 7 && work.shape[q] !== Shape.PUNCT && !STOP_OBJECT.has(work.lower[q] ?? '')
      && work.pos[q] !== 'VERB' && work.pos[q] !== 'AUX') {
      if (isCapitalised(work, q)) capitals += 1;
      q += 1;
    }
    if (q === objectStart) continue;
    // "officials in Kyiv" names a side; "officials in recent days" does not.
    if (PLACE_COMPLEMENTS.has(bare) && capitals === 0) continue;
    return q;
  }
  return null;
}

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
      } else if (owner < 0 && REGION_WORDS.has(work.lower[k] ?? '')) {
        named = true;
        k -= 1;
      } else break;
    }
    if (!named) continue;
    addMention(scan, k + 1, i + 1, { kind: 'group', rule: 'group-allies', plural: true, ...(qualifiers.length ? { qualifiers } : {}) });
  }
}
