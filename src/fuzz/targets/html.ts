import fc from 'fast-check';
import { documentBytes } from '../arbitraries/bytes.js';
import { htmlDocument } from '../arbitraries/html-doc.js';
import { newsText } from '../arbitraries/weird-text.js';
import { checkIngestItems, ingest } from '../check-ingest.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

/** Marks text inside raw-text elements: it must never reach a page's text. */
const SENTINEL = 'RAWTEXTSENTINEL';
const hiddenText = fc.record({
  tag: fc.constantFrom('script', 'style', 'textarea', 'xmp', 'noscript', 'iframe', 'template', 'svg'),
  before: newsText(15), inner: newsText(8), after: newsText(15), closed: fc.boolean(),
}).map(({ tag, before, inner, after, closed }) => `<p>${before}</p><${tag}>${inner} ${SENTINEL} <p>${inner}</p>${closed ? `</${tag}>` : ''}<p>${after}</p>`);

/** HTML pages from the tag grammar (deep nesting, huge attributes, broken entities, unclosed comments, raw text) in mixed encodings. */
export const htmlTarget = defineFuzzTarget({
  name: 'html',
  entry: 'ingestBytes(html)',
  arbitrary: documentBytes(fc.oneof({ weight: 6, arbitrary: htmlDocument }, { weight: 1, arbitrary: hiddenText })),
  check: async (bytes) => {
    const { pages, issues } = checkIngestItems(await ingest(bytes, 'html'));
    for (const issue of issues) invariant(['E_EMPTY', 'E_BINARY', 'E_BAD_ENCODING', 'E_NO_TEXT', 'E_TOO_COMPLEX'].includes(issue.code), () => `unexpected ${issue.code} for HTML`);
    for (const page of pages) {
      invariant(!page.text.includes(SENTINEL), 'text inside a script, style or other raw-text element reached the page');
      // domToLines: one trimmed, non-blank line per block.
      for (const l of page.text.split('\n')) invariant(/\S/.test(l) && l === l.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, ''), () => `page line ${JSON.stringify(l.slice(0, 80))} is blank or untrimmed`);
      invariant(page.given.url === null || /^https?:\/\//.test(page.given.url), () => `given.url ${page.given.url} is not an absolute http(s) URL`);
    }
  },
});
