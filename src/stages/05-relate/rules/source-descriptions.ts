import type { PatternRule } from './relate-rule.js';

/**
 * How reporters describe sources they do not name. An independent report has its own sources; a
 * rewrite keeps the original's ("a source familiar with the negotiations"), so a shared description
 * is the reporter's own words, not the event's.
 */
export const SOURCE_DESCRIPTIONS: readonly PatternRule[] = [
  {
    id: 'source-with-knowledge',
    reason: 'The stock phrases for a source’s access: "familiar with", "with knowledge of", "close to", "briefed on".',
    pattern: /\b(?:(?:an?|one|two|three|four|five|several|multiple|other)\s+)?(?:(?:senior|unnamed|anonymous|other)\s+)?(?:sources?|officials?|persons?|people|diplomats?|aides?)\s+(?:familiar with|with (?:direct )?knowledge(?: of)?|close to|briefed on)(?:\s+(?:the|his|her|their|these)\s+[\p{Ll}-]+)?/giu,
    examples: [
      'The draft is not acceptable, according to a source familiar with the negotiations.',
      'Talks have stalled, two people briefed on the talks said.',
      'The mood is tense, said a source with knowledge of the matter.',
    ],
    counterExamples: ['The minister is familiar with the region.', 'Officials met in Geneva on Monday.'],
  },
  {
    id: 'official-in-body',
    reason: 'An unnamed member of a named body ("an official in the Presidential Administration") is a source description.',
    pattern: /\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:senior\s+|unnamed\s+)?(?:official|source|spokesperson|spokesman|spokeswoman|aide|adviser|advisor)\s+(?:in|from|at|with|inside)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}/gu,
    examples: [
      'An official in the Ukrainian Presidential Administration said there would be no signing.',
      'A senior official from the European Commission said talks would resume.',
    ],
    counterExamples: ['The official visit to the White House went well.', 'An official in charge of the talks resigned.'],
  },
  {
    id: 'affiliated-official',
    reason: 'A nationality or body before "official" or "source" ("a U.S. official", "one European diplomat") describes an unnamed source.',
    pattern: /\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+(?:senior\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+(?:officials?|sources?|diplomats?)\b/gu,
    examples: ['A Ukrainian official said the draft had improved.', 'One U.S. official called the meetings very good.'],
    counterExamples: ['Ukrainian officials met their counterparts.', 'The official said nothing.'],
  },
];
