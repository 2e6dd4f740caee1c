import type { Mention, Qualifier } from '../../model/language.js';

/** Mention kinds that can name a party to an event. */
const PARTY_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'country', 'nationality', 'group', 'anonymous', 'title', 'pronoun', 'place', 'name']);

/** Heads win over the words around them: the person in "U.S. Treasury Secretary Scott Bessent". */
const HEAD_RANK: Record<string, number> = { person: 7, anonymous: 6, organization: 5, group: 5, country: 4, place: 3, name: 3, nationality: 2, title: 1, pronoun: 1 };

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The words that name one party: a mention with the titles and nested mentions around it
 * ("Ukraine's foreign minister, Andrii Sybiha"), headed by the mention the actor model links.
 */
export interface ArgUnit {
  start: number;
  end: number;
  head: Mention;
  /** Country or body codes the words carry ("U.S. and Russian officials" → USA, RUS), in text order. */
  codes: readonly Qualifier[];
  /** Followed by 's: the unit modifies the next noun ("Trump's phone calls"). */
  possessive: boolean;
  /** his, her, its, their … */
  possessivePronoun: boolean;
  /** The possessor of an anonymous group ("Trump administration officials"). */
  possessor: { start: number; end: number } | null;
}

function codesOf(group: readonly Mention[]): Qualifier[] {
  const out: Qualifier[] = [];
  for (const m of group) {
    for (const q of m.qualifiers ?? []) out.push(q);
    if (m.code && (m.kind === 'country' || m.kind === 'nationality' || m.kind === 'place' || m.kind === 'organization')) {
      out.push({ start: m.start, end: m.end, code: m.code, rule: m.rule });
    }
  }
  const seen = new Set<string>();
  return out.sort((a, b) => a.start - b.start).filter((q) => {
    const key = `${q.start}:${q.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function headOf(group: readonly Mention[]): Mention {
  const [outer] = group;
  if (!outer) throw new Error('[E_EVENTS_UNIT] empty mention group');
  // The outer mention is the party; nested country words ("U.S." in "U.S. officials") are its codes.
  return outer;
}

/** Titles chain into the name they precede: "Trump's special envoy, Lt. Gen. Keith Kellogg". */
function joinsNext(text: string, left: ArgUnit, right: ArgUnit): boolean {
  const gap = text.slice(left.end, right.start);
  if (left.head.kind === 'title' && /^(?:\s|,\s(?:retired\s)?)$/u.test(gap)) return right.head.kind !== 'pronoun';
  // "Scott Bessent, US Treasury secretary," — a title set off after a name belongs to it.
  if (right.head.kind === 'title' && left.head.kind === 'person' && /^,\s$/u.test(gap) && /^,/u.test(text.slice(right.end, right.end + 1))) return true;
  return false;
}

function unitOf(text: string, group: readonly Mention[]): ArgUnit {
  const [outer] = group;
  if (!outer) throw new Error('[E_EVENTS_UNIT] empty mention group');
  const head = headOf(group);
  const after = text.slice(outer.end, outer.end + 3);
  const possessivePronoun = head.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(head.text.toLowerCase());
  return {
    start: outer.start, end: outer.end, head, codes: codesOf(group),
    // "he's" is "he is": a personal pronoun with 's is a contraction, not a possessor.
    possessive: (head.kind !== 'pronoun' && /^(?:['’]s\b|['’](?=\s))/u.test(after)) || possessivePronoun,
    possessivePronoun,
    possessor: outer.possessor ?? null,
  };
}

/**
 * Groups the party mentions of one sentence into units, outermost first: nested mentions
 * ("U.S." in "U.S. officials") become codes of their unit, and titles join the name they precede.
 */
export function argumentUnits(text: string, mentions: readonly Mention[]): ArgUnit[] {
  const party = mentions
    .filter((m) => PARTY_KINDS.has(m.kind) && m.context === 'body')
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Mention[][] = [];
  for (const m of party) {
    const current = groups[groups.length - 1];
    const outer = current?.[0];
    if (current && outer && m.start >= outer.start && m.end <= outer.end) current.push(m);
    else groups.push([m]);
  }
  const units: ArgUnit[] = [];
  for (const g of groups) {
    const unit = unitOf(text, g);
    const last = units[units.length - 1];
    // "Trump's Harsh Rhetoric": a capitalised phrase owned by someone is a thing, not a party.
    if (last?.possessive && unit.head.kind === 'name' && /^['’]s?\s$/u.test(text.slice(last.end, unit.start))) continue;
    if (last && joinsNext(text, last, unit)) {
      const head = (HEAD_RANK[unit.head.kind] ?? 0) >= (HEAD_RANK[last.head.kind] ?? 0) ? unit.head : last.head;
      const end = head === unit.head ? unit.end : last.end;
      units[units.length - 1] = {
        start: last.start, end: Math.max(end, unit.end), head,
        codes: [...last.codes, ...unit.codes], possessive: unit.possessive, possessivePronoun: unit.possessivePronoun,
        possessor: last.possessor ?? unit.possessor,
      };
    } else {
      units.push(unit);
    }
  }
  return units;
}
