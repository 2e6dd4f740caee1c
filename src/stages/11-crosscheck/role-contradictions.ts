import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import { contentId } from '../../pipeline/ids.js';
import type { CheckContext } from './input.js';
import { articleLabel, sideAt } from './spans.js';

/**
 * Role conflicts that stage 07 found between sources (Actor.conflicts, field `role`), side by
 * side: one side per article and value, at the words that give the role.
 */
export function roleContradictions(ctx: CheckContext): Contradiction[] {
  const out: Contradiction[] = [];
  for (const actor of ctx.model.actors) {
    for (const conflict of actor.conflicts) {
      if (conflict.field !== 'role') continue;
      const sides: ContradictionSide[] = [];
      for (const v of conflict.values) {
        const article = ctx.articles.get(v.article);
        const role = actor.roles.find((r) => r.article === v.article && r.role === v.value);
        if (!article || !role) continue;
        sides.push(sideAt(article, role.start, role.end, `actor-conflict:${role.rule}`, v.value));
      }
      if (new Set(sides.map((s) => s.value)).size < 2) continue;
      const byValue = new Map<string, string[]>();
      for (const s of sides) byValue.set(s.value, [...(byValue.get(s.value) ?? []), articleLabel(ctx.articles.get(s.article)!)]);
      const summary = [...byValue].map(([value, who]) => `"${value}" in ${who.join(', ')}`).join('; ');
      out.push({
        id: contentId('contradiction', 'role', actor.id, ...sides.map((s) => `${s.article}:${s.start}`)),
        kind: 'role', note: `${actor.name}: ${conflict.note}: ${summary}.`, sides, rule: 'actor-role-conflict',
      });
    }
  }
  return out;
}
