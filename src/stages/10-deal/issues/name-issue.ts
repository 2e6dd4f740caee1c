import type { Term } from './term.js';

interface Form {
  n: number;
  topical: boolean;
  seed: boolean;
  /** How often each casing was printed ("small businesses", "Small businesses"). */
  casings: Map<string, number>;
}

/** The casing printed most often; lower case on a tie (headline capitals lose). */
function casing(f: Form): string {
  return [...f.casings].sort((a, b) => b[1] - a[1] || Number(a[0] !== a[0].toLowerCase()) - Number(b[0] !== b[0].toLowerCase()) || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * Names an issue as a reader would: the most frequent wording with a modifier that recurs
 * ("direct payments", not "payments"), else the most frequent wording ("sovereignty"); then one
 * a frame introduced, then the shorter. The other wordings are its aliases.
 */
export function nameIssue(terms: readonly Term[]): { name: string; aliases: string[] } {
  const forms = new Map<string, Form>();
  for (const t of terms) {
    const key = t.name.toLowerCase();
    const f = forms.get(key) ?? { n: 0, topical: t.modifiers.length + t.complement.length > 0, seed: false, casings: new Map() };
    f.n += 1;
    f.seed ||= t.rule.startsWith('frame-');
    f.casings.set(t.name, (f.casings.get(t.name) ?? 0) + 1);
    forms.set(key, f);
  }
  const [name = '', ...aliases] = [...forms.entries()]
    .sort(([ka, a], [kb, b]) => Number(b.topical && b.n > 1) - Number(a.topical && a.n > 1) || b.n - a.n || Number(b.topical) - Number(a.topical) || Number(b.seed) - Number(a.seed) || ka.length - kb.length || ka.localeCompare(kb))
    .map(([, f]) => casing(f));
  return { name, aliases };
}
