import { createHash } from 'node:crypto';
import Parser from 'rss-parser';
import type { GivenMetadata } from '../model/page.js';
import type { IngestItem } from '../stages/01-ingest/index.js';
import { cleanValue } from '../stages/01-ingest/html-metadata.js';
import { readFeed, type FollowLink } from '../stages/01-ingest/read-feed.js';

interface ItemIdentity {
  key: string;
  link: string | null;
}

/**
 * One key per feed item, in feed order: its guid (RSS) or id (Atom), else its link, else a
 * hash of its title and date — what says "this item was seen before" across polls.
 */
export async function feedItemKeys(xml: string): Promise<string[]> {
  return (await identities(xml)).map((item) => item.key);
}

async function identities(xml: string): Promise<ItemIdentity[]> {
  // The same parser settings as readFeed, so item i here is item i there.
  const parser = new Parser({ customFields: { item: ['published', 'updated'] } });
  const feed = (await parser.parseString(xml)) as unknown as { items?: Record<string, unknown>[] };
  const items = Array.isArray(feed.items) ? feed.items : [];
  return items.map((item) => {
    const link = cleanValue(text(item.link));
    const id = cleanValue(text(item.guid) ?? text(item.id)) ?? link;
    if (id !== null) return { key: id, link };
    const date = text(item.isoDate) ?? text(item.pubDate) ?? text(item.published) ?? text(item.updated) ?? '';
    return { key: `sha256:${createHash('sha256').update(`${text(item.title) ?? ''}\u0000${date}`).digest('hex').slice(0, 32)}`, link };
  });
}

export interface NewFeedItems {
  /** Pages and issues of the items not seen before (and of their followed links). */
  items: IngestItem[];
  /** How many of the feed's items were not seen before. */
  newItems: number;
  /** Keys of every item now in the feed: the next poll's "seen". */
  keys: string[];
  /** Why the feed as a whole gave nothing (not a feed, no items), or null. */
  feedIssue: IngestItem | null;
}

/**
 * Reads only the feed items whose key is not in `seen`, through readFeed: items carrying
 * full content are used as they are; links are followed, when asked, for new items only.
 */
export async function readNewFeedItems(source: string, xml: string, seen: ReadonlySet<string>, followLink: FollowLink | null): Promise<NewFeedItems> {
  const known = await identities(xml).catch(() => null);
  if (known === null || known.length === 0) {
    // readFeed says why in its own words (not a feed, no items).
    const whole = (await readFeed(source, xml, null)).find((item) => item.kind === 'issue' && item.issue.input === source) ?? null;
    return { items: [], newItems: 0, keys: [], feedIssue: whole };
  }
  const keys = known.map((item) => item.key);
  const fresh = new Set<number>();
  const freshLinks = new Set<string>();
  known.forEach((item, i) => {
    if (seen.has(item.key)) return;
    fresh.add(i + 1);
    if (item.link !== null) freshLinks.add(item.link);
  });
  if (fresh.size === 0) return { items: [], newItems: 0, keys, feedIssue: null };
  const followed = new Set<IngestItem>();
  const followNew: FollowLink | null = followLink === null ? null : async (link: string, given: GivenMetadata) => {
    if (!freshLinks.has(link)) return []; // an old item: its page is dropped below anyway
    const items = await followLink(link, given);
    for (const item of items) followed.add(item);
    return items;
  };
  const all = await readFeed(source, xml, followNew);
  // readFeed names item i's own page or issue `source#i`.
  const items = all.filter((item) => followed.has(item) || fresh.has(itemIndex(source, item.kind === 'page' ? item.page.source : item.issue.input)));
  return { items, newItems: fresh.size, keys, feedIssue: null };
}

function itemIndex(source: string, name: string): number {
  const prefix = `${source}#`;
  if (!name.startsWith(prefix)) return -1;
  const n = Number(name.slice(prefix.length));
  return Number.isInteger(n) ? n : -1;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
