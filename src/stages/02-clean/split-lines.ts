/** One physical line of a page: `text === pageText.slice(start, end)`, without its line break. */
export interface PhysicalLine {
  start: number;
  end: number;
  text: string;
}

/** Splits text at \n, \r\n and \r, keeping exact offsets. Example: "a\r\nb" → [a 0–1, b 3–4]. */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  // Native indexOf is far faster than a character loop; pages with a carriage return take the slow path.
  if (!text.includes('\r')) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      lines.push({ start, end: nl, text: text.slice(start, nl) });
      start = nl + 1;
    }
    lines.push({ start, end: text.length, text: text.slice(start) });
    return lines;
  }
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i, text: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}
