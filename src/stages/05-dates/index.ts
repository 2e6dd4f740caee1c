import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { defineStage } from '../../pipeline/define-stage.js';
import type { EventFields } from '../../model/event.js';
import { findDates } from './find-dates.js';

/** The article document as this stage reads and writes it. */
export type DatesDoc = ArticleDoc;

/**
 * Stage 05: every date expression of the article resolved against its publication date
 * ("on Thursday" → the Thursday on or before publication), with its rule and basis.
 */
export const dates = defineStage<DatesDoc>({
  name: 'dates',
  version: '1',
  requires: ['article'],
  assigns: ['dates'],
  run: (doc) => ({ ...doc, dates: findDates(doc.article.text, doc.article.published) }),
});

export { findDates, DATE_RULES } from './find-dates.js';
export { CALENDAR_DAY_RULE } from './rules/calendar-day-rule.js';
