import Parser from 'rss-parser';
import type { GivenMetadata } from '../../model/page.js';
import { createPage } from './create-page.js';
import { isBlank, normaliseLineEndings } from './decode-text.js';
import { cleanValue } from './html-metadata.js';
import { htmlToText } from './html-to-text.js';
import { ingestIssue } from './ingest-issue.js';
import { guardItems, issueItem, pageItem, type IngestItem } from './ingest-item.js';
import { toIsoDay } from './normalise-date.js';
import { declarationWork, MAX_DECLARATION_WORK } from './xml-declarations.js';

/** Item text shorter than this is taken for a summary whose link may hold the article. */
const SHORT_SUMMARY_CHARS = 1000;
const LOOKS_LIKE_HTML = /<[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#\d+);/i;

/** Fetches a feed item's link as a page with the item's metadata; used when following links. */
export type FollowLink = (link: string, given: GivenMetadata) => Promise<IngestItem[]>;

/**
 * Pages from an RSS or Atom feed, one per item (source `feed#N`): the item's full content
 * (content:encoded, Atom content, RSS description) as HTML, else its summary; the feed title
 * as outlet. With `followLink`, an item holding only a short summary is replaced by its page.
 */
export async function readFeed(source: string, xml: string, followLink: FollowLink | null): Promise<IngestItem[]> {
  if (declarationWork(xml) > MAX_DECLARATION_WORK) {
    return [issueItem(ingestIssue(source, 'E_BAD_FEED', 'not well-formed XML: a "<!" declaration outside the DOCTYPE runs thousands of characters without ">"; refused before parsing'))];
  }
  let feed: { title?: unknown; items: Record<string, unknown>[] };
  try {
    feed = await parseFeed(xml).catch((error: unknown) => {
      // rss-parser throws on one Atom entry's unreadable date ("Invalid time value"); that entry's date is lost, not the feed.
      if (!(error instanceof RangeError)) throw error;
      return parseFeed(dropUnreadableDates(xml));
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return [issueItem(ingestIssue(source, 'E_BAD_FEED', `not a readable RSS or Atom feed (${reason})`))];
  }
  const items = Array.isArray(feed.items) ? feed.items : [];
  if (items.length === 0) return [issueItem(ingestIssue(source, 'E_EMPTY', 'the feed has no items'))];
  const outlet = cleanValue(text(feed.title));
  const results: IngestItem[] = [];
  for (const [i, item] of items.entries()) {
    const itemSource = `${source}#${i + 1}`;
    results.push(...(await guardItems(itemSource, () => readItem(itemSource, item, outlet, followLink))));
  }
  return results;
}

type ParsedFeed = { title?: unknown; items: Record<string, unknown>[] };

function parseFeed(xml: string): Promise<ParsedFeed> {
  // A parser per feed: rss-parser keeps one xml2js parser, which is not safe to share.
  const parser = new Parser({ customFields: { item: ['published', 'updated'] } });
  return parser.parseString(xml) as unknown as Promise<ParsedFeed>;
}

const DATE_ELEMENT = /<(published|updated|pubDate|dc:date)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gu;
const CDATA = /^<!\[CDATA\[([\s\S]*)\]\]>$/u;

/** The feed without the date elements JavaScript cannot read as a date. */
function dropUnreadableDates(xml: string): string {
  return xml.replace(DATE_ELEMENT, (whole, _name: string, raw: string) => {
    const value = raw.trim().replace(CDATA, '$1').trim();
    return Number.isNaN(Date.parse(value)) ? '' : whole;
  });
}

async function readItem(source: string, item: Record<string, unknown>, outlet: string | null, followLink: FollowLink | null): Promise<IngestItem[]> {
  const given: GivenMetadata = {
    url: cleanValue(text(item.link)),
    outlet,
    title: cleanValue(text(item.title)),
    // Dates as the feed states them: rss-parser moves Atom dates (into pubDate) and isoDate to UTC.
    published: toIsoDay(text(item.published) ?? text(item.updated) ?? text(item.pubDate) ?? text(item.isoDate)),
    author: cleanValue(text(item.creator) ?? text(item.author)),
  };
  const fullHtml = [item['content:encoded'], item.content].map(text).find((v) => v !== null && !isBlank(v)) ?? null;
  const summary = [item.contentSnippet, item.summary].map(text).find((v) => v !== null && !isBlank(v)) ?? null;
  const page = fullHtml !== null ? htmlPage(source, fullHtml, given) : summary !== null ? summaryPage(source, summary, given) : null;
  const short = page === null || page.kind === 'issue' || page.page.text.length < SHORT_SUMMARY_CHARS;
  if (followLink !== null && short && given.url !== null && /^https?:\/\//i.test(given.url)) {
    const followed = await followLink(given.url, given);
    if (followed.some((result) => result.kind === 'page')) return followed;
    return page === null ? followed : [page, ...followed];
  }
  if (page !== null) return [page];
  return [issueItem(ingestIssue(source, 'E_EMPTY', 'the feed item has no content or summary', 'set followFeedLinks to fetch the linked page'))];
}

function htmlPage(source: string, html: string, given: GivenMetadata): IngestItem {
  const result = htmlToText(html, 'fragment');
  if (!result.ok) return issueItem(ingestIssue(source, result.code, `feed item content: ${result.reason}`));
  return pageItem(createPage(source, 'html', result.text, given, Buffer.byteLength(html)));
}

function summaryPage(source: string, summary: string, given: GivenMetadata): IngestItem {
  if (LOOKS_LIKE_HTML.test(summary)) return htmlPage(source, summary, given);
  return pageItem(createPage(source, 'text', normaliseLineEndings(summary), given, Buffer.byteLength(summary)));
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
