import type { Actor, ActorConflict, ActorRole } from '../../model/actor.js';
import { contentId } from '../../pipeline/ids.js';
import type { AffiliationResult } from './affiliation.js';
import type { LinkedMention, RoleObservation } from './local-types.js';
import type { PersonGroup } from './merge-people.js';
import { splitName } from './name-keys.js';
import { compareText } from './compare-text.js';

/** Builds a person actor from its merged group, extra mentions (descriptions, pronouns, names) and affiliation. */
export function personActor(g: PersonGroup, extra: readonly LinkedMention[], aff: AffiliationResult | undefined): Actor | null {
  const names = g.members.flatMap((p) => p.mentions).concat(extra.filter((x) => x.mention.kind === 'person' || x.mention.kind === 'name'));
  const body = names.filter((x) => x.mention.context === 'body' || x.mention.context === 'headline');
  // People named only in captions or credits are not the story's actors.
  if (body.length === 0) return null;
  const name = canonicalName(body.map((x) => x.mention.text));
  const all = [...g.members.flatMap((p) => p.mentions), ...extra].sort((a, b) => compareText(a.article, b.article) || a.mention.start - b.mention.start);
  const articles = [...new Set(all.filter((x) => x.mention.context === 'body' || x.mention.context === 'headline').map((x) => x.article))].sort();
  // Roles only from articles whose body names the person (not from a caption alone).
  const roles = chooseRoles(g.members.flatMap((p) => p.roles)).filter((r) => articles.includes(r.article));
  const why = new Set([...g.why, ...extra.map((x) => x.rule), ...(aff?.rules ?? [])]);
  const key = splitName(name);
  return {
    id: contentId('actor', 'person', `${key.givenKey ?? ''} ${key.surnameKey}`),
    name,
    aliases: byFrequency(names.filter((x) => x.mention.context !== 'credit').map((x) => x.mention.text)),
    kind: 'person',
    role: overallRole(roles),
    affiliation: aff?.code ?? null,
    articles,
    roles,
    conflicts: [...roleConflicts(roles, g.members.flatMap((p) => p.roles)), ...(aff?.conflicts ?? [])],
    mentions: all.map((x) => ({ article: x.article, start: x.mention.start, end: x.mention.end, text: x.mention.text, rule: x.rule })),
    why: [...why].sort(),
  };
}

// The most frequent given name with the most frequent surname, when the text has that form; else the most frequent full name.
function canonicalName(texts: string[]): string {
  const full = texts.filter((t) => splitName(t).given !== null);
  if (full.length === 0) return byFrequency(texts)[0] ?? '';
  const given = byFrequency(full.map((t) => splitName(t).given ?? ''))[0];
  const surname = byFrequency(full.map((t) => splitName(t).surname))[0];
  const combined = `${given} ${surname}`;
  return full.includes(combined) ? combined : byFrequency(full)[0] ?? combined;
}

function byFrequency(texts: string[]): string[] {
  const count = new Map<string, number>();
  for (const t of texts) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0])).map(([t]) => t);
}

// One role per article: body before caption, office before rank, then the first.
function chooseRoles(observations: RoleObservation[]): ActorRole[] {
  const byArticle = new Map<string, RoleObservation>();
  const rank = (r: RoleObservation): number => (r.context === 'body' ? 0 : 2) + (r.isRank ? 1 : 0);
  for (const r of observations) {
    const cur = byArticle.get(r.article);
    if (!cur || rank(r) < rank(cur) || rank(r) === rank(cur) && r.start < cur.start) byArticle.set(r.article, r);
  }
  return [...byArticle.values()].sort((a, b) => compareText(a.article, b.article))
    .map((r) => ({ article: r.article, role: r.role, start: r.start, end: r.end, rule: r.rule }));
}

function overallRole(roles: ActorRole[]): string | null {
  if (roles.length === 0) return null;
  const count = new Map<string, { n: number; printed: string }>();
  for (const r of roles) {
    const k = r.role.toLowerCase();
    const c = count.get(k) ?? { n: 0, printed: r.role };
    c.n += 1;
    count.set(k, c);
  }
  return [...count.values()].sort((a, b) => b.n - a.n || b.printed.length - a.printed.length)[0]?.printed ?? null;
}

// Sources disagree when one calls the office "former" and another does not, or name unrelated offices.
function roleConflicts(chosen: ActorRole[], observations: RoleObservation[]): ActorConflict[] {
  const obsOf = new Map(observations.map((o) => [`${o.article}:${o.start}`, o]));
  const picked = chosen.map((r) => obsOf.get(`${r.article}:${r.start}`)).filter((o): o is RoleObservation => !!o && !o.isRank);
  const out: ActorConflict[] = [];
  const former = picked.filter((o) => o.status !== null && /former|ex/i.test(o.status));
  const sitting = picked.filter((o) => o.status === null && former.some((f) => f.head === o.head));
  if (former.length > 0 && sitting.length > 0) {
    out.push({ field: 'role', values: [...former, ...sitting].map((o) => ({ article: o.article, value: o.role })), note: 'sources disagree on whether the office is still held' });
  }
  const heads = new Set(picked.map((o) => o.head));
  if (heads.size > 1 && !picked.every((o) => picked.every((p) => o.words.some((w) => p.words.includes(w))))) {
    out.push({ field: 'role', values: picked.map((o) => ({ article: o.article, value: o.role })), note: 'sources give different offices' });
  }
  return out;
}
