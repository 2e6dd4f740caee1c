import type { FeedDoc } from './arbitraries/feed-doc.js';
import { checkIngestItems, ingest } from './check-ingest.js';
import { invariant } from './invariant.js';

/** A feed yields one item per entry; a well-formed feed with entries is never refused as unreadable. */
export async function checkFeed(doc: FeedDoc): Promise<void> {
  const items = await ingest(new TextEncoder().encode(doc.xml), 'feed');
  const { issues } = checkIngestItems(items);
  for (const issue of issues) invariant(['E_EMPTY', 'E_BINARY', 'E_BAD_ENCODING', 'E_BAD_FEED', 'E_NO_TEXT', 'E_TOO_COMPLEX'].includes(issue.code), () => `unexpected ${issue.code} for a feed`);
  if (!doc.wellFormed || doc.items === 0 || !/\S/.test(doc.xml)) return;
  invariant(!issues.some((i) => i.code === 'E_BAD_FEED'), () => `a well-formed feed was refused: ${issues.find((i) => i.code === 'E_BAD_FEED')?.message}`);
  invariant(items.length === doc.items, () => `${items.length} items for ${doc.items} feed entries`);
}
