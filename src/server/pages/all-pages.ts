import type { Page } from '../http/define-page.js';
import { actorPage } from './actor-page.js';
import { actorsPage } from './actors-page.js';
import { articlePage } from './article-page.js';
import { draftsPage } from './drafts-page.js';
import { issuesPage } from './issues-page.js';
import { overviewPage } from './overview-page.js';
import { quotesPage } from './quotes-page.js';
import { searchPage } from './search-page.js';
import { sourcesPage } from './sources-page.js';
import { timelinePage } from './timeline-page.js';

/** Every page of the app, in navigation order; each is served as HTML and as its JSON twin. */
export const ALL_PAGES: readonly Page[] = [
  overviewPage, timelinePage, actorsPage, actorPage, issuesPage, draftsPage, quotesPage, sourcesPage, searchPage, articlePage,
];
