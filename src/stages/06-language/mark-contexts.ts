import { LINE_CONTEXT_RULES } from './rules/line-contexts.js';
import type { TextWork } from './text-work.js';

/**
 * Marks tokens that sit in captions, credits or Title Case headings, line by line, so that
 * the people named there do not become actors.
 */
export function markContexts(work: TextWork): void {
  const { text } = work;
  let lineStart = 0;
  let t = 0;
  while (lineStart <= text.length && t < work.n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const firstToken = t;
    while (t < work.n && (work.start[t] ?? 0) < lineEnd) t += 1;
    if (t > firstToken) markLine(work, text.slice(lineStart, lineEnd), lineStart, firstToken, t);
    lineStart = lineEnd + 1;
  }
}

function markLine(work: TextWork, line: string, offset: number, from: number, to: number): void {
  for (const rule of LINE_CONTEXT_RULES) {
    if (!rule.hint(line)) continue;
    const spans = rule.find(line);
    if (spans.length === 0) continue;
    work.fired.add(rule.id);
    for (let i = from; i < to; i += 1) {
      const s = (work.start[i] ?? 0) - offset;
      const inSpan = spans.some((sp) => s >= sp.start && s < sp.end);
      // A credit outranks a caption or heading: the photographer inside a caption is staff.
      if (inSpan && (rule.context === 'credit' || work.context[i] === 'body')) work.context[i] = rule.context;
      else if (!inSpan && rule.lineContext && work.context[i] === 'body') work.context[i] = rule.lineContext;
    }
  }
}
