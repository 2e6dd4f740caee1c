import { PRONOUNS } from './rules/pronouns.js';
import { NUMBER_RULES } from './rules/countries.js';
import { addMention, type Scan } from './scan.js';

const PRONOUN_OF = new Map<string, { rule: string; gender: 'm' | 'f' }>();
for (const p of PRONOUNS) for (const w of p.words) PRONOUN_OF.set(w, { rule: p.id, gender: p.gender });
const NUMBER_OF = new Map<string, (typeof NUMBER_RULES)[number]>();
for (const r of NUMBER_RULES) for (const l of r.labels) NUMBER_OF.set(l, r);
const CURRENCY_ONLY = /[$£€¥₴₽]\s*$/u;

/** Personal pronouns that can refer to one person ("he", "her"). */
export function findPronouns(scan: Scan): void {
  const { work } = scan;
  for (let i = 0; i < work.n; i += 1) {
    const p = PRONOUN_OF.get(work.lower[i] ?? '');
    if (p && (scan.owner[i] ?? -1) < 0) addMention(scan, i, i + 1, { kind: 'pronoun', rule: p.rule, gender: p.gender });
  }
}

/** Dates, times, money and quantities from wink-nlp's entities ("some $" + "500 billion" joined). */
export function findNumbers(scan: Scan): void {
  const { work } = scan;
  const entities = work.entities;
  for (let k = 0; k < entities.length; k += 1) {
    const e = entities[k];
    if (!e) continue;
    const rule = NUMBER_OF.get(e.label);
    if (!rule) continue;
    let last = e.last;
    const next = entities[k + 1];
    // wink-nlp cuts "some $500 billion" into MONEY "some $" and CARDINAL "500 billion".
    if (rule.kind === 'money' && next && next.label === 'CARDINAL' && next.first === e.last + 1
      && CURRENCY_ONLY.test(work.text.slice(work.start[e.first] ?? 0, work.end[e.last] ?? 0))) {
      last = next.last;
      k += 1;
      work.fired.add('money-split-symbol');
    }
    addMention(scan, e.first, last + 1, { kind: rule.kind, rule: rule.id, label: e.label }, false);
  }
}
