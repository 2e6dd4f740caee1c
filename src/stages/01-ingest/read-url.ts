import type { GivenMetadata } from '../../model/page.js';
import { mergeMetadata } from './create-page.js';
import { fetchUrl } from './fetch-url.js';
import { ingestBytes } from './ingest-bytes.js';
import type { IngestItem } from './ingest-item.js';
import type { IngestSettings } from './ingest-options.js';
import { charsetFromContentType, formatFromContentType, formatFromPath, looksLikeFeed, type InputFormat } from './input-format.js';
import type { FollowLink } from './read-feed.js';

/** Pages (or issues) from one http(s) URL; its format comes from the Content-Type, then the path, then the content. */
export async function readUrl(url: string, settings: IngestSettings): Promise<IngestItem[]> {
  const fetched = await fetchUrl(url, settings);
  if (!fetched.ok) return [{ kind: 'issue', issue: fetched.issue }];
  const format = urlFormat(fetched.contentType, fetched.url, fetched.bytes);
  return ingestBytes(url, fetched.bytes, format, {
    url: fetched.url,
    charset: charsetFromContentType(fetched.contentType),
    followLink: settings.followFeedLinks ? followLinkWith(settings) : null,
  });
}

/** Reads a feed item's link as a page; the page's own metadata first, the item's filling gaps. */
export function followLinkWith(settings: IngestSettings): FollowLink {
  const once: IngestSettings = { ...settings, followFeedLinks: false }; // a linked feed is not followed further
  return async (link: string, given: GivenMetadata) => {
    const items = await readUrl(link, once);
    return items.map((item) => (item.kind === 'page' ? { kind: 'page', page: { ...item.page, given: mergeMetadata(item.page.given, given) } } : item));
  };
}

/** The format of fetched bytes: the Content-Type, then the path, then the content itself. */
export function urlFormat(contentType: string | null, url: string, bytes: Uint8Array): InputFormat | null {
  const declared = formatFromContentType(contentType);
  const byPath = formatFromPath(new URL(url).pathname);
  // Servers often send feeds as text/html or text/plain, and files of any kind as text/plain.
  if (declared === 'html' || declared === 'text' || declared === null) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
    if (looksLikeFeed(head)) return 'feed';
    if (declared === 'text' && byPath !== null) return byPath;
    return declared ?? byPath;
  }
  return declared;
}
