import { rssFeed } from '../arbitraries/feed-doc.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { checkFeed } from '../check-feed.js';

/** RSS 2.0 feeds through rss-parser (xml2js), then each item's HTML through the fragment reader. */
export const rssTarget = defineFuzzTarget({ name: 'rss', entry: 'ingestBytes(feed) on RSS', arbitrary: rssFeed, check: checkFeed });
