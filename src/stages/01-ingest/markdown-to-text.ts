import { Marked } from 'marked';
import { htmlToText } from './html-to-text.js';

// `breaks` keeps every source line a line; a private instance leaves marked's global options alone.
const markdown = new Marked({ async: false, gfm: true, breaks: true });

/** marked slows down sharply on deeply nested lists and quotes, and on very long inputs. */
const MAX_MARKDOWN_CHARS = 5_000_000;
const MAX_INDENT_COLUMNS = 64;
const MAX_QUOTE_DEPTH = 8;
/** Long runs of emphasis and link marks inside deep quotes took marked seconds for a few KB (found by fuzzing). */
const MARK_RUN = /[*_!\[\]`~]{200,}/u;

/**
 * Markdown as plain lines: rendered to HTML, then through the same block-to-line walk as HTML.
 * Markdown that marked would choke on (see the limits above) is kept as it is written.
 */
export function markdownToText(source: string): string {
  if (!isTame(source)) return source;
  let html: string;
  try {
    html = markdown.parse(source, { async: false });
  } catch {
    return source; // marked overflowed its stack on some other nesting
  }
  const result = htmlToText(html, 'fragment');
  if (result.ok) return result.text;
  return result.code === 'E_TOO_COMPLEX' ? source : ''; // raw HTML in it is too big or deep: keep it as written
}

function isTame(source: string): boolean {
  if (source.length > MAX_MARKDOWN_CHARS || MARK_RUN.test(source)) return false;
  for (const match of source.matchAll(/^([ \t]*)((?:>[ \t]*)*)/gm)) {
    const indent = match[1]!.replace(/\t/g, '    ').length;
    const quotes = match[2]!.split('>').length - 1;
    if (indent > MAX_INDENT_COLUMNS || quotes > MAX_QUOTE_DEPTH) return false;
  }
  return true;
}
