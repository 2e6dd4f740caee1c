import type { Mention } from '../../model/language.js';

/** A title tied to the person mention it describes. */
export interface TitleLink {
  title: Mention;
  person: Mention;
  rule: 'title-premodifier' | 'title-apposition-before' | 'title-apposition-after';
}

const AFTER_APPOSITION = /^\s*(?:[,.;:)—–]|\s-\s|$)/u;

/**
 * Ties titles to people: right before the name ("Treasury Secretary Scott Bessent"), set off by
 * commas before it ("Trump's special envoy, retired Lt. Gen. Keith Kellogg,") or after it
 * ("Scott Bessent, US Treasury secretary,"; "X, the Y of Z").
 */
export function linkTitles(mentions: readonly Mention[], text: string): { links: TitleLink[]; unlinked: Mention[] } {
  const links: TitleLink[] = [];
  const unlinked: Mention[] = [];
  for (let k = 0; k < mentions.length; k += 1) {
    const title = mentions[k];
    if (!title || title.kind !== 'title') continue;
    const link = premodifierOrBefore(mentions, k, text) ?? appositionAfter(mentions, k, text);
    if (link) links.push(link);
    else unlinked.push(title);
  }
  return { links, unlinked };
}

function premodifierOrBefore(mentions: readonly Mention[], k: number, text: string): TitleLink | null {
  const title = mentions[k];
  if (!title) return null;
  let gapEnd = title.end;
  let between = '';
  for (let j = k + 1; j < mentions.length; j += 1) {
    const m = mentions[j];
    if (!m || m.start < title.end) continue;
    if (m.sentence !== title.sentence && m.start > title.end + 2) return null;
    between += text.slice(gapEnd, m.start);
    if (m.kind === 'title') {
      // Another title (a rank) may stand between: "special envoy, retired Lt. Gen. Keith Kellogg".
      gapEnd = m.end;
      continue;
    }
    if (m.kind !== 'person') return null;
    const direct = between.length > 0 && /^\s+$/u.test(between) && gapEnd === title.end;
    if (direct) return { title, person: m, rule: 'title-premodifier' };
    if (title.role !== undefined && /^\s*,\s*$/u.test(between) && AFTER_APPOSITION.test(text.slice(m.end, m.end + 3))) {
      return { title, person: m, rule: 'title-apposition-before' };
    }
    return null;
  }
  return null;
}

function appositionAfter(mentions: readonly Mention[], k: number, text: string): TitleLink | null {
  const title = mentions[k];
  if (!title || title.role === undefined) return null;
  for (let j = k - 1; j >= 0; j -= 1) {
    const m = mentions[j];
    if (!m || m.end > title.start) continue;
    if (m.kind !== 'person') return null;
    const between = text.slice(m.end, title.start);
    if (!/^,\s+(?:(?:the|a|an)\s+)?$/u.test(between)) return null;
    return AFTER_APPOSITION.test(text.slice(title.end, title.end + 3)) ? { title, person: m, rule: 'title-apposition-after' } : null;
  }
  return null;
}
