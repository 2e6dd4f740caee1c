import fc from 'fast-check';
import { documentBytes } from '../arbitraries/bytes.js';
import { htmlDocument } from '../arbitraries/html-doc.js';
import { giantRun, newsText } from '../arbitraries/weird-text.js';
import { checkIngestItems, ingest } from '../check-ingest.js';
import { defineFuzzTarget } from '../fuzz-target.js';

/** Markdown line prefixes: headings, lists, quotes (past the depth limit too), fences, tables, indents. */
const prefix = fc.oneof(
  fc.constantFrom('', '', '# ', '###### ', '####### ', '- ', '* ', '+ ', '1. ', '99999999999. ', '> ', '```', '~~~', '    ', '\t', '| ', '---', '***', '===', '[^1]: ', '[ref]: http://x '),
  fc.integer({ min: 1, max: 40 }).map((n) => '> '.repeat(n)),
  fc.integer({ min: 1, max: 80 }).map((n) => ' '.repeat(n) + '- '),
  fc.integer({ min: 1, max: 20 }).map((n) => '\t'.repeat(n) + '1. '),
);
/** Inline markup, balanced and not: emphasis runs, brackets, links, code spans, autolinks, raw HTML, entities. */
const inline = fc.oneof(
  { weight: 4, arbitrary: newsText(12) },
  { weight: 2, arbitrary: fc.constantFrom('**bold**', '*', '**', '_', '__', '~~', '`', '``', '[', ']', '](', '[a](http://x "t")', '![img](x)', '<http://example.org>', '<b>', '</b>', '<div>', '<!--', '&amp;', '&#0;', '\\', '|', '<script>alert(1)</script>', '[^1]') },
  { weight: 1, arbitrary: fc.record({ mark: fc.constantFrom('*', '_', '[', '`', '(', '<', '!', '|', '\\', '*_', '[a]'), n: fc.integer({ min: 100, max: 8000 }) }).map(({ mark, n }) => mark.repeat(n)) },
);
const line = fc.tuple(prefix, fc.array(inline, { maxLength: 6 })).map(([p, parts]) => p + parts.join(''));
const markdown = fc.oneof(
  { weight: 6, arbitrary: fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: htmlDocument },
  { weight: 1, arbitrary: fc.tuple(newsText(20), giantRun).map(([a, b]) => `${a}\n${b}`) },
);

/** Markdown files through marked, then the HTML-to-lines walk. */
export const mdTarget = defineFuzzTarget({
  name: 'md',
  entry: 'ingestBytes(markdown)',
  arbitrary: documentBytes(markdown),
  check: async (bytes) => {
    checkIngestItems(await ingest(bytes, 'markdown'));
  },
});
