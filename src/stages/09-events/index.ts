import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { extractEvents } from './extract-events.js';

/** The article document as this stage reads and writes it. */
export type EventsDoc = ArticleDoc;

export const EVENTS_STAGE_VERSION = '1';

/**
 * Stage 09: who did what to whom and when, in PLOVER types, with negation, modality, date and
 * place; sources and targets are the spans of the words naming them (`linkEventActors` maps
 * them to actors).
 */
export const events = defineStage<EventsDoc>({
  name: 'events',
  version: EVENTS_STAGE_VERSION,
  requires: ['article', 'sentences', 'mentions', 'dates'],
  assigns: ['events'],
  run: (doc) => ({
    ...doc,
    events: extractEvents({ article: doc.article, sentences: doc.sentences ?? [], mentions: doc.mentions ?? [], tokens: doc.tokens ?? [], dates: doc.dates ?? [] }, EVENTS_STAGE_VERSION),
  }),
});

export { extractEvents, type EventInput } from './extract-events.js';
export { linkEventActors } from './link-event-actors.js';
export { buildTimeline } from './build-timeline.js';
export { TRIGGER_RULES } from './rules/triggers.js';
