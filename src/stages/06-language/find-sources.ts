import type { Qualifier } from '../../model/language.js';
import { SOURCE_COMPLEMENTS, SOURCE_DETERMINERS, SOURCE_HEADS, SOURCE_MODIFIED_NOUNS, SOURCE_MODIFIERS, SOURCE_OBJECT_ENDS } from './rules/sources.js';
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
const STOP_OBJECT = new Set(SOURCE_OBJECT_ENDS.words);
const MODIFIED_NOUNS = new Set(SOURCE_MODIFIED_NOUNS.words);

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
      if (i + 1 < s.tokenEnd && MODIFIED_NOUNS.has(work.lower[i + 1] ?? '')) {
        work.fired.add(SOURCE_MODIFIED_NOUNS.id);
        continue;
      }
      const qualifiers: Qualifier[] = [];
      let k = i - 1;
      let possessed = false;
      let administration: { start: number; end: number } | undefined;
      let modified = false;
      while (k >= s.tokenStart) {
        const owner = scan.owner[k] ?? -1;
        const m = owner >= 0 ? scan.mentions[owner] : undefined;
        if (m && (QUALIFIER_KINDS.has(m.kind) && m.code || m.rule === 'leader-administration')) {
          if (m.code) qualifiers.push({ start: m.start, end: m.end, code: m.code, rule: 'source-qualifier' });
          // "Trump administration officials": the side is the leader's country, known only in stage 07.
          else administration = { start: m.start, end: m.end };
          k = (scan.firstToken[owner] ?? k) - 1;
        } else if (MODIFIERS.has(work.lower[k] ?? '') || work.lower[k] === 'and' && qualifiers.length > 0 && isQualifierAt(scan, k - 1)) {
          if (work.lower[k] !== 'and') modified = true;
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
                : (qualifiers.length > 0 || administration) && lower.endsWith('s') ? 'source-national' : null;
      if (!rule) continue;
      if (qualifiers.length > 0) work.fired.add('source-qualifier');
      work.fired.add(SOURCE_HEADS.id);
      if (modified) work.fired.add(SOURCE_MODIFIERS.id);
      if (det !== undefined) work.fired.add(SOURCE_DETERMINERS.id);
      if (complementEnd !== null) work.fired.add(SOURCE_COMPLEMENTS.id);
      addMention(scan, first, end, {
        kind: 'anonymous', rule, plural: lower.endsWith('s') || lower === 'people',
        ...(qualifiers.length ? { qualifiers: qualifiers.reverse() } : {}),
        ...(det ? { determiner: det } : {}),
        ...(administration ? { possessor: administration } : {}),
      });
      i = end - 1;
    }
  }
}

function isQualifierAt(scan: Scan, t: number): boolean {
  const m = scan.mentions[scan.owner[t] ?? -1];
  return !!m && QUALIFIER_KINDS.has(m.kind) && !!m.code;
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
    if (PLACE_COMPLEMENTS.has(bare)) {
      // "officials in the Presidential Administration" names a side; "officials in recent days" does not.
      if (work.lower[q] === 'the') q += 1;
      const capsStart = q;
      let side = false;
      while (q < limit && (isCapitalised(work, q) || (scan.owner[q] ?? -1) >= 0 && work.shape[q] !== Shape.PUNCT)) {
        const m = scan.mentions[scan.owner[q] ?? -1];
        // "officials in Saudi Arabia" is where they met; "an official in the Presidential Administration" is whose.
        if (!m || m.kind !== 'country' && m.kind !== 'place') side = true;
        q += 1;
      }
      if (q > capsStart && side) return q;
      continue;
    }
    // The object is a short noun phrase: "the negotiations", "the matter", "the call".
    while (q < limit && q - objectStart < 5 && work.shape[q] !== Shape.PUNCT) {
      if (STOP_OBJECT.has(work.lower[q] ?? '') && q > objectStart) {
        work.fired.add(SOURCE_OBJECT_ENDS.id);
        break;
      }
      q += 1;
    }
    if (q > objectStart) return q;
  }
  return null;
}
