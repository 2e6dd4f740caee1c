import { Readability } from '@mozilla/readability';
import type { GivenMetadata } from '../../model/page.js';
import { parseHtmlDocument, type DomDocument, type DomElement } from './dom.js';
import { domToLines, NEVER_TEXT_TAGS } from './dom-to-lines.js';
import { measureHtml } from './html-depth.js';
import { cleanValue, readHtmlMetadata, stripSiteName } from './html-metadata.js';
import { toIsoDay } from './normalise-date.js';

/**
 * Readability's time grows with elements × nesting depth (it climbs ancestors for every node):
 * about 3–4 µs per unit on this machine's timings of synthetic pages, so 20,000 elements
 * 200 deep take 18 s, and 50,000 shallow ones 1 s. Pages over these budgets get the plain
 * body text instead; a news page (a few thousand elements, a few dozen deep) is well under
 * them. Readability's own maxElemsToParse counts with getElementsByTagName('*'), which
 * linkedom answers with none.
 */
// Readability slows with elements × depth: past this a page is read block by block instead (fuzzing found 2 s pages just under 1.5M).
const MAX_READABILITY_WORK = 800_000;
const MAX_READABILITY_ELEMENTS = 15_000;
// Real pages nest a few dozen deep; Readability's ancestor walks make deep nesting its slowest case.
const MAX_READABILITY_DEPTH = 200;
/** Limits past which HTML is refused unparsed: real pages nest a few dozen deep and hold some thousands of elements; the parser slows quadratically with depth and a million elements take about 1 GB. */
export const HTML_LIMITS = { depth: 5_000, elements: 500_000 } as const;

export type HtmlText =
  | {
      ok: true;
      /** Lines of text, one per block, joined with `\n`. */
      text: string;
      given: GivenMetadata;
      /** `readability` when Readability found the article, `body` when all body text was taken. */
      extractor: 'readability' | 'body';
    }
  | { ok: false; code: 'E_NO_TEXT' | 'E_TOO_COMPLEX'; reason: string };

/**
 * Text and metadata of HTML. `page` runs Mozilla Readability to find the article and falls
 * back to the whole body text; `fragment` (feed content, rendered Markdown) takes all the text.
 * Scripts, styles, embedded frames and hidden elements never reach the text.
 */
export function htmlToText(html: string, mode: 'page' | 'fragment' = 'page'): HtmlText {
  const shape = measureHtml(html, HTML_LIMITS);
  if (shape.depth > HTML_LIMITS.depth) {
    return { ok: false, code: 'E_TOO_COMPLEX', reason: `the HTML nests elements more than ${HTML_LIMITS.depth.toLocaleString('en')} deep; refused before parsing` };
  }
  if (shape.elements > HTML_LIMITS.elements) {
    return { ok: false, code: 'E_TOO_COMPLEX', reason: `the HTML has more than ${HTML_LIMITS.elements.toLocaleString('en')} elements; refused before parsing` };
  }
  const document = parseHtmlDocument(html);
  const given = readHtmlMetadata(document);
  const readable = mode === 'page' && shape.elements <= MAX_READABILITY_ELEMENTS && shape.depth <= MAX_READABILITY_DEPTH && shape.elements * Math.max(shape.depth, 1) <= MAX_READABILITY_WORK;
  if (readable) {
    const article = readArticle(document);
    if (article !== null) {
      const lines = domToLines(article.content);
      if (lines.length > 0) {
        const metadata: GivenMetadata = {
          url: given.url,
          outlet: given.outlet ?? cleanValue(article.siteName),
          // Readability's title prefers JSON-LD and og:title, and trims a site name off <title>.
          title: stripSiteName(cleanValue(article.title), given.outlet) ?? given.title,
          published: given.published ?? toIsoDay(article.publishedTime),
          author: given.author ?? cleanValue(article.byline),
        };
        return { ok: true, text: lines.join('\n'), given: metadata, extractor: 'readability' };
      }
    }
  }
  // Readability changes the document it reads, so the fallback starts from the markup again.
  const body = readable ? parseHtmlDocument(html).body : document.body;
  const lines = domToLines(body);
  if (lines.length === 0) return { ok: false, code: 'E_NO_TEXT', reason: 'the HTML holds no text once scripts, styles and markup are removed' };
  return { ok: true, text: lines.join('\n'), given, extractor: 'body' };
}

interface Article {
  content: DomElement;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/**
 * Readability renames the candidates it keeps to DIV, so paragraphs inside a frame, form
 * control, media fallback or template would become article text: those elements go first.
 * Scripts and head matter stay: Readability reads JSON-LD and meta tags, then drops them.
 */
const DROP_BEFORE_READABILITY = [...NEVER_TEXT_TAGS].filter((tag) => !['SCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE'].includes(tag)).map((tag) => tag.toLowerCase()).join(', ');

function readArticle(document: DomDocument): Article | null {
  for (const element of Array.from(document.body.querySelectorAll(DROP_BEFORE_READABILITY))) element.remove();
  try {
    const reader = new Readability<DomElement>(document as never, {
      serializer: (node: unknown) => node as DomElement, // keep the node: we walk it, no re-parse
    });
    const result = reader.parse();
    if (result === null || result.content === null || result.content === undefined) return null;
    return {
      content: result.content,
      title: result.title ?? null,
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
    };
  } catch {
    return null; // nesting too deep for Readability's recursion, say
  }
}
