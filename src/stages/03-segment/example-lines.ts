import type { ClassifiedLine } from '../../model/line.js';
import type { ExamplePage } from './rules/opener-rule.js';

/** Classified lines for an example page, with offsets as if the lines were joined by "\n". */
export function linesOf(page: ExamplePage): ClassifiedLine[] {
  let start = 0;
  return page.map(([kind, text, rule]) => {
    const line = { start, end: start + text.length, text, kind, rule: rule ?? null };
    start += text.length + 1;
    return line;
  });
}
