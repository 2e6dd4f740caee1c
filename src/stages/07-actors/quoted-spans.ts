const QUOTE_OR_BREAK = /[“”"\n]/g;

/** Character ranges inside quotation marks; a quote left open ends with its line (scraped text has one paragraph per line). */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straight = false;
  for (const m of text.matchAll(QUOTE_OR_BREAK)) {
    const i = m.index ?? 0;
    const c = m[0];
    if (c === '\n') {
      if (open >= 0) out.push({ start: open, end: i });
      open = -1;
    } else if (open < 0) {
      if (c === '”') continue;
      open = i;
      straight = c === '"';
    } else if (straight ? c === '"' : c === '”') {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** Whether `at` lies inside one of the sorted spans. */
export function isInside(spans: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
