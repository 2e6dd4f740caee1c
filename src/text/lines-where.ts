/** One line of a text and the offset of its first character. */
export interface LineAt {
  line: string;
  at: number;
}

/**
 * The lines of a text that pass a test, with their offsets. Dates never span a line break, so
 * a date parser (chrono-node reads every word it is given) need only read the lines that can
 * hold one.
 */
export function linesWhere(text: string, test: (line: string) => boolean): LineAt[] {
  const out: LineAt[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (test(line)) out.push({ line, at });
    at = end + 1;
  }
  return out;
}
