import type { Reception } from '../../../model/deal.js';
import { GENERATIONS } from '../rules/draft-words.js';
import type { FoundDraftMention } from './draft-mention.js';

/** Draft mentions that name one text: same author, compatible generation, close dates. */
export interface DraftGroup {
  author: string | null;
  generation: string;
  mentions: FoundDraftMention[];
}

const rank = new Map(GENERATIONS.map((g) => [g.id, g.rank]));
/** Days apart two mentions of one later draft may be (a revised draft discussed over a week). */
const SAME_DRAFT_DAYS = 10;

const days = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
const later = (g: string): boolean => g === 'revised' || g === 'latest' || g === 'current';

/** The group's day: the earliest day a mention's own sentence gives, else the earliest publication day. */
export function groupDate(g: DraftGroup): string | null {
  const own = g.mentions.filter((m) => m.datedInSentence && m.date).map((m) => m.date as string).sort();
  if (own[0]) return own[0];
  const published = g.mentions.filter((m) => m.date).map((m) => m.date as string).sort();
  return published[0] ?? null;
}

function fits(g: DraftGroup, m: FoundDraftMention, party: (actor: string | null) => string | null): boolean {
  if (m.author && g.author && party(m.author) !== party(g.author)) return false;
  if (m.generation === 'initial' || g.generation === 'initial') return m.generation === g.generation;
  if (!later(m.generation) || !later(g.generation)) return false;
  const d = groupDate(g);
  return !(m.date && d && days(m.date, d) > SAME_DRAFT_DAYS);
}

/**
 * Merges draft mentions across articles, in date order: an initial draft joins the author's
 * initial draft; a revised, latest or current draft joins the author's later draft within ten
 * days. A fitting draft the same article (then the same page) names comes first; otherwise a
 * dated mention joins the closest in time, an undated one only an unambiguous fit. A draft with
 * no generation word joins the one draft of its author its article names, else the author's
 * initial draft.
 */
export function mergeDrafts(mentions: readonly FoundDraftMention[], party: (actor: string | null) => string | null): DraftGroup[] {
  const groups: DraftGroup[] = [];
  const byDate = (a: FoundDraftMention, b: FoundDraftMention): number => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (rank.get(a.generation) ?? 3) - (rank.get(b.generation) ?? 3);
  const near = (m: FoundDraftMention, list: DraftGroup[]): DraftGroup | undefined => {
    const sameArticle = list.filter((g) => g.mentions.some((x) => x.article === m.article));
    if (sameArticle.length === 1) return sameArticle[0];
    const samePage = list.filter((g) => g.mentions.some((x) => x.page === m.page));
    if (samePage.length === 1) return samePage[0];
    return undefined;
  };
  for (const m of mentions.filter((x) => x.generation !== 'unspecified').sort(byDate)) {
    const fitting = groups.filter((g) => fits(g, m, party));
    const distance = (g: DraftGroup): number => days(groupDate(g) ?? (m.date as string), m.date as string);
    const target = near(m, fitting) ?? (m.date ? [...fitting].sort((a, b) => distance(a) - distance(b))[0] : fitting.length === 1 ? fitting[0] : undefined);
    if (target) {
      target.mentions.push(m);
      target.author ??= m.author;
    } else groups.push({ author: m.author, generation: m.generation, mentions: [m] });
  }
  for (const m of mentions.filter((x) => x.generation === 'unspecified').sort(byDate)) {
    const mine = groups.filter((g) => !m.author || !g.author || party(g.author) === party(m.author));
    const target = near(m, mine) ?? mine.find((g) => g.generation === 'initial');
    if (target) { target.mentions.push(m); target.author ??= m.author; }
    else groups.push({ author: m.author, generation: m.author ? 'initial' : 'unspecified', mentions: [m] });
  }
  return groups;
}

/** A merged draft's reception: the latest dated mention that says, rejections and acceptances first on a tie. */
export function groupReception(g: DraftGroup): { reception: Reception; from: FoundDraftMention | null } {
  const order: Record<Reception, number> = { rejected: 0, accepted: 0, 'under negotiation': 1, unknown: 2 };
  const known = g.mentions.filter((m) => m.reception !== 'unknown')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || order[a.reception] - order[b.reception]);
  const top = known[0];
  return top ? { reception: top.reception, from: top } : { reception: 'unknown', from: null };
}
