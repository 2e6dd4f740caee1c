import type { LineRule } from './rule-types.js';
import { BIO_ROLES, SOCIAL_NETWORKS, alternation, eitherCase } from './word-lists.js';

const ROLE = `(?:${BIO_ROLES.map(eitherCase).join('|')})s?`;
const NETWORK = alternation(SOCIAL_NETWORKS);
const NAME = String.raw`\p{Lu}[\p{L}.’'-]+(?:\s\p{Lu}[\p{L}.’'-]*){1,3}`;

/** "Jane Doe is a senior reporter at Outlet": the opening of an author bio (tested by context rules too). */
export const BIO_SENTENCE = new RegExp(String.raw`^${NAME} (?:is|was|has been) (?:a|an|the) (?:[\p{L},’'-]+ ){0,8}?${ROLE}\b.{0,120}?\b(?:at|for|with|on|of|in)\s`, 'u');

/** Author bios: who wrote the piece. Metadata reads the outlet from them; the article text does not keep them. */
export const BIO_RULES: LineRule[] = [
  {
    id: 'bio-heading',
    kind: 'bio',
    reason: 'The heading over author bios.',
    pattern: /^About (?:the|this|our) (?:[Ww]riter|[Aa]uthor|[Rr]eporter|[Cc]olumnist|[Cc]ontributor)s?:?$/u,
    maxLength: 40,
    examples: ['About the writer', 'About the Author'],
    counterExamples: ['About the writer of the memo, officials said little.'],
  },
  {
    id: 'bio-read-more-teaser',
    kind: 'bio',
    reason: 'A truncated bio with a "Read more" link: "Jane Doe is an Editor at Outlet … Read more".',
    pattern: (text) => text.endsWith('Read more') && BIO_SENTENCE.test(text),
    maxLength: 400,
    examples: ['Sonam Sheth is an Evening Politics Editor at Newsweek who is based in New York. She joined Newsweek in 2024 ... Read more'],
    counterExamples: ['Iraq riots expose an America weaker and with fewer options Read more'],
  },
  {
    id: 'bio-follow-prompt',
    kind: 'bio',
    reason: 'Bios end with a social-media handle: "Follow her on Twitter @handle".',
    pattern: new RegExp(String.raw`\bFollow (?:him|her|them|me|us|\p{Lu}[\p{L}’'-]+) (?:on|at) ${NETWORK}\b`, 'u'),
    maxLength: 500,
    guard: ['Follow '],
    examples: [
      'John Doe is a reporter for the paper. Follow him on Twitter at @jdoe.',
      'Follow Lemire on Twitter at http://twitter.com/@JonLemire',
      'Betsy Roe is the secretary of Education. Follow her on Twitter: @roe',
    ],
    counterExamples: ['“Follow the money,” the senator said on Twitter.'],
  },
  {
    id: 'bio-contact',
    kind: 'bio',
    reason: 'Reporter contact lines: "Contact Jane Doe: 313-222-2149 or jdoe@example.com.", "X can be reached at …".',
    pattern: /^(?:(?:Contact|Reach|Email|E-mail) \p{Lu}[\p{L}.’' -]{1,40}(?::| at) .{0,80}|\p{Lu}[\p{L}.’'-]+(?: \p{Lu}[\p{L}.’'-]*){1,3} (?:can|may) be reached (?:at|by email at|on) .{0,40})(?:@|\d{3}[-.]\d{3}[-.]\d{4})/u,
    maxLength: 400,
    guard: ['@', '-', '.'],
    examples: ['Contact Jamie L. LaReau: 313-222-2149 or jlareau@example.com.', 'Felice Belman can be reached at felice.belman@example.com.'],
    counterExamples: ['Contact between the two delegations resumed on Monday.'],
  },
];
