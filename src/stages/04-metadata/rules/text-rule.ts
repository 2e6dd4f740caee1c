/**
 * A piece of linguistic knowledge as data: a pattern whose named groups carry what it finds,
 * why it exists, texts it must match (with what it must capture) and texts it must not match.
 */
export interface TextRule<Field extends string = string> {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: readonly { text: string; captures: Partial<Record<Field, string>> }[];
  counterExamples: readonly string[];
}

/** Defines a rule; the identity function keeps the field names checked against the examples. */
export function defineRule<Field extends string>(rule: TextRule<Field>): TextRule<Field> {
  return rule;
}

/** The named groups of the rule's first match in `text`, trimmed, or null when it does not match. */
export function matchRule<Field extends string>(rule: TextRule<Field>, text: string): Partial<Record<Field, string>> | null {
  // A fresh non-global copy, so a rule's lastIndex never leaks between calls.
  const m = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(text);
  if (!m) return null;
  const found: Partial<Record<Field, string>> = {};
  for (const [name, value] of Object.entries(m.groups ?? {})) {
    if (value !== undefined) found[name as Field] = value.trim();
  }
  return found;
}

/** The first rule of a list that matches, with its captures. */
export function firstMatch<Field extends string>(rules: readonly TextRule<Field>[], text: string): { rule: TextRule<Field>; captures: Partial<Record<Field, string>> } | null {
  for (const rule of rules) {
    const captures = matchRule(rule, text);
    if (captures) return { rule, captures };
  }
  return null;
}
