import type { EventMention } from '../../model/event.js';
import { extractEvents } from './extract-events.js';
import type { TriggerExample } from './rules/trigger-rule.js';
import { exampleDoc } from './mentions-fixture.js';

/** TESTS ONLY: the events stage 09 finds in a bracket-marked example. */
export function eventsOf(example: Pick<TriggerExample, 'text' | 'published'>): EventMention[] {
  const doc = exampleDoc(example.text, example.published ?? null);
  return extractEvents({ article: doc.article, sentences: doc.sentences, mentions: doc.mentions, dates: doc.dates }, 'test');
}

/** TESTS ONLY: why no event fits the expectation, or null when one does. */
export function mismatch(events: readonly EventMention[], ex: TriggerExample, rule?: string): string | null {
  const fits = events.some((e) => (rule === undefined || e.rule === rule)
    && (ex.type === undefined || e.type === ex.type)
    && (ex.source === undefined || (e.source?.text ?? null) === ex.source)
    && (ex.target === undefined || (e.target?.text ?? null) === ex.target)
    && (ex.negated === undefined || e.negated === ex.negated)
    && (ex.modality === undefined || e.modality === ex.modality)
    && (ex.date === undefined || e.date === ex.date));
  if (fits) return null;
  const found = events.map((e) => `${e.rule}: ${e.type} ${e.source?.text ?? '∅'} → ${e.target?.text ?? '∅'}${e.negated ? ' (negated)' : ''} ${e.modality} ${e.date ?? ''}`);
  return `expected ${JSON.stringify({ ...ex, text: undefined })}${rule ? ` from ${rule}` : ''}; found ${found.length === 0 ? 'no events' : found.join(' | ')}`;
}
