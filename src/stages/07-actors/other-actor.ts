import type { Actor } from '../../model/actor.js';
import { contentId } from '../../pipeline/ids.js';
import type { LocalActor } from './local-types.js';
import { compareText } from './compare-text.js';

/** Builds a country, organisation, group or anonymous actor from its merged local sightings. */
export function otherActor(parts: readonly LocalActor[], affiliation: string | null): Actor | null {
  const first = parts[0];
  if (!first) return null;
  const mentions = parts.flatMap((p) => p.mentions).sort((a, b) => compareText(a.article, b.article) || a.mention.start - b.mention.start);
  const why = new Set(parts.flatMap((p) => [...p.why]));
  const name = first.kind === 'organization' ? longest(parts.map((p) => p.name)) : first.name;
  const texts = mentions.map((x) => x.mention.text);
  const count = new Map<string, number>();
  for (const t of texts) count.set(t, (count.get(t) ?? 0) + 1);
  return {
    id: contentId('actor', first.kind, first.key),
    name,
    aliases: [...count].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([t]) => t),
    kind: first.kind,
    role: null,
    affiliation,
    articles: [...new Set(mentions.map((x) => x.article))].sort(),
    roles: [],
    conflicts: [],
    mentions: mentions.map((x) => ({ article: x.article, start: x.mention.start, end: x.mention.end, text: x.mention.text, rule: x.rule })),
    why: [...why].sort(),
  };
}

function longest(names: string[]): string {
  return names.slice().sort((a, b) => b.length - a.length || compareText(a, b))[0] ?? '';
}
