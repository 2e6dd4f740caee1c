import type { LineRule } from './rule-types.js';

/** Links to other stories printed inside or below the article. */
export const RELATED_RULES: LineRule[] = [
  {
    id: 'related-read-more-link',
    kind: 'related-headline',
    reason: 'A linked headline followed by its "Read more" button.',
    pattern: /^\p{Lu}[^.!?]{10,200}\s(?:Read more|Read More|READ MORE)$/u,
    maxLength: 220,
    guard: ['Read more', 'Read More', 'READ MORE'],
    examples: ['Iraq riots expose an America weaker and with fewer options Read more'],
    counterExamples: ['Read more'],
  },
  {
    id: 'related-labelled-link',
    kind: 'related-headline',
    reason: 'An inline link with a label: "Go deeper: …", "READ: …", "RELATED: …".',
    pattern: /^(?:Go deeper|GO DEEPER|Related|RELATED|READ|Read|Read more|READ MORE|MORE|Also read|ALSO READ|See also|SEE ALSO|WATCH|Watch|Opinion|OPINION|LISTEN|Listen)\s?:\s?\p{Lu}[^]{3,200}[^.]$/u,
    maxLength: 220,
    guard: [':'],
    examples: ['Read: How the pandemic will end', 'Go deeper: Drug makers still raising prices, but seeking fewer hikes', 'READ: Here’s what war would actually look like', 'Opinion:Attack on the embassy shows the policy is failing'],
    counterExamples: ['Related talks ended without a deal on Friday.', 'Watch: The vote is at noon, the clerk said.'],
  },
  {
    id: 'related-glued-label',
    kind: 'related-headline',
    reason: 'Link labels glued to linked headlines by extraction ("Soleimani death:Democrats warn …").',
    pattern: /^\p{Lu}[^:.!?]{0,40}:\p{Lu}[^]{3,200}[^.:;,]$/u,
    maxLength: 250,
    guard: [':'],
    examples: ['Soleimani death:Democrats warn against ‘march’ to war', 'What we know:The missile attack and its repercussions'],
    counterExamples: ['Why it matters: The U.S. wants them — or else.', 'The time was 10:30 when the vote closed.'],
  },
  {
    id: 'related-bare-label',
    kind: 'related-headline',
    reason: 'A headline introduced by a bare "Related" label with no colon.',
    pattern: /^Related\s\p{Lu}?[\p{L}\d][^.!?]{8,200}$/u,
    maxLength: 220,
    examples: ['Related 9 winners and one really big loser from the awards'],
    counterExamples: ['Related talks ended without a deal on Friday.'],
  },
  {
    id: 'related-tree-link',
    kind: 'related-headline',
    reason: 'Story lists drawn as a tree: "└ Headline".',
    pattern: /^└\s?\S/u,
    maxLength: 250,
    examples: ['└ Here’s what’s next for gadgets in 2020'],
    counterExamples: ['- Foreign Minister Andrii Sybiha'],
  },
];
