import type { LineKind } from '../../../model/line.js';
import type { LineView } from '../line-view.js';

/** A rule that decides a line's kind from its own text alone. */
export interface LineRule {
  id: string;
  kind: LineKind;
  reason: string;
  /** Tested against the line with surrounding whitespace trimmed. */
  pattern: RegExp | ((text: string) => boolean);
  /** Longer lines are never this furniture: a cheap guard, since body paragraphs are long. */
  maxLength?: number;
  /** Literals of which every match contains one: lines without any skip the pattern cheaply. */
  guard?: readonly string[];
  /** Only the last this many characters can hold a match (end-anchored credits): just those are tested. */
  tail?: number;
  /** Set on navigation that introduces links to other stories ("Recommended articles"). */
  introducesOtherStories?: boolean;
  examples: string[];
  counterExamples: string[];
}

/** A line shown with its neighbours, for the examples of rules that need context. */
export interface LineInContext {
  before?: string[];
  line: string;
  after?: string[];
}

/** A rule that reclassifies a body line from its neighbours (run after every LineRule). */
export interface ContextRule {
  id: string;
  kind: LineKind;
  reason: string;
  applies: (view: LineView, at: number) => boolean;
  examples: LineInContext[];
  counterExamples: LineInContext[];
}

/** True when `rule` matches `text` (already trimmed). */
export function ruleMatches(rule: LineRule, text: string): boolean {
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return false;
  const tested = rule.tail !== undefined && text.length > rule.tail ? text.slice(text.length - rule.tail) : text;
  if (rule.guard !== undefined && !containsAny(tested, rule.guard)) return false;
  return typeof rule.pattern === 'function' ? rule.pattern(tested) : rule.pattern.test(tested);
}

function containsAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}
