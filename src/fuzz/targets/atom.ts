import { atomFeed } from '../arbitraries/feed-doc.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { checkFeed } from '../check-feed.js';

/** Atom feeds through rss-parser (xml2js), then each entry's HTML through the fragment reader. */
export const atomTarget = defineFuzzTarget({ name: 'atom', entry: 'ingestBytes(feed) on Atom', arbitrary: atomFeed, check: checkFeed });
