import type { Page } from '../../model/page.js';
import type { ClassifiedLine } from '../../model/line.js';
import { splitLines, type PhysicalLine } from './split-lines.js';
import { splitRunInHeader } from './run-in-header.js';
import { LineView } from './line-view.js';
import { LINE_RULES } from './rules/line-rules.js';
import { CONTEXT_RULES } from './rules/context-rules.js';
import { ruleMatches } from './rules/rule-types.js';

/** Classifies one line from its trimmed text: blank, the first matching rule, or body. */
function classifyAlone(line: PhysicalLine, text: string): ClassifiedLine {
  if (text.length === 0) return { start: line.start, end: line.end, text: line.text, kind: 'blank', rule: null };
  for (const rule of LINE_RULES) {
    if (ruleMatches(rule, text)) return { start: line.start, end: line.end, text: line.text, kind: rule.kind, rule: rule.id };
  }
  return { start: line.start, end: line.end, text: line.text, kind: 'body', rule: null };
}

/**
 * Splits a page into lines with exact offsets and says what each is: body, title, blank or a kind
 * of furniture, with the rule that decided. A run-in header line becomes several pieces.
 * Example: classifyLines(page)[0] → { start: 0, end: 62, text: 'US-Ukraine Minerals Deal…', kind: 'title', rule: 'title-page-start' }
 */
export function classifyLines(page: Page): ClassifiedLine[] {
  const lines: ClassifiedLine[] = [];
  const texts: string[] = [];
  for (const line of splitLines(page.text)) {
    const pieces = splitRunInHeader(line);
    if (pieces === null) {
      const text = line.text.trim();
      lines.push(classifyAlone(line, text));
      texts.push(text);
    } else {
      for (const p of pieces) {
        lines.push(p);
        texts.push(p.text.trim());
      }
    }
  }
  const view = new LineView(lines, texts);
  for (const rule of CONTEXT_RULES) {
    for (let at = 0; at < lines.length; at++) {
      if (view.isUnclaimedBody(at) && rule.applies(view, at)) view.set(at, rule.kind, rule.id);
    }
  }
  return lines;
}
