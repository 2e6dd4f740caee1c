import { defineRule, type TextRule } from './text-rule.js';

/** Newsroom job titles, matched with either case of the first letter ("Editor", "editor"). */
const NEWSROOM_ROLES = ['reporter', 'correspondent', 'editor', 'writer', 'journalist', 'columnist', 'producer', 'contributor', 'anchor', 'analyst', 'photographer', 'intern'];
const ROLE = `(?:${NEWSROOM_ROLES.map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|')})s?`;
/** A person's name: two to four capitalised words. */
const PERSON = String.raw`\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}`;
/** An outlet's name: up to four capitalised words, with an optional leading "The". */
const OUTLET_WORD = String.raw`\p{Lu}[\p{L}\d&'’\-]*(?:\.(?=\p{L})[\p{L}\d&'’\-]*)*`;
const OUTLET = String.raw`(?:The\s+)?${OUTLET_WORD}(?:\s+${OUTLET_WORD}){0,3}`;

/** Author bios: who wrote the piece and which outlet employs them. */
export const bioRules: readonly TextRule<'name' | 'outlet'>[] = [
  defineRule({
    id: 'bio-role-at-outlet',
    reason: 'An author bio says "X is a <newsroom role> at/for <outlet>"; the outlet employs the writer',
    pattern: new RegExp(
      String.raw`^\s*(?<name>${PERSON})\s+is\s+(?:a|an|the)\s+(?!former\b)(?:[\p{L}\-]+\s+){0,4}?${ROLE}\b(?:(?!\band\b)[^.,;]){0,40}?\b(?:at|for|with|to)\s+(?<outlet>${OUTLET})`,
      'u',
    ),
    examples: [
      { text: 'Sonam Sheth is an Evening Politics Editor at Newsweek who is based in New York.', captures: { name: 'Sonam Sheth', outlet: 'Newsweek' } },
      { text: 'Jane Doe is a senior White House correspondent for The Washington Post.', captures: { name: 'Jane Doe', outlet: 'The Washington Post' } },
      { text: 'Pat Beall is a reporter covering health care for The Palm Beach Post.', captures: { name: 'Pat Beall', outlet: 'The Palm Beach Post' } },
      { text: 'Jeff Yang is a frequent contributor to CNN Opinion, a featured writer for Quartz.', captures: { name: 'Jeff Yang', outlet: 'CNN Opinion' } },
    ],
    counterExamples: [
      'Volodymyr Zelensky is a former comedian who became president.',
      'Mike Waltz is the national security adviser at the White House.',
      'John Smith is a former reporter at CNN who now lobbies for Shell.',
      'Trump is a key supporter of the deal.',
      'Ed Morales is a journalist and lecturer at Columbia University.',
      'Robert A. Manning is a senior fellow of the Scowcroft Center for Strategy and Security at the Atlantic Council.',
      'Jeff Yang is a frequent reader of the paper, a featured writer for Quartz',
    ],
  }),
];

/** E-mail addresses in bios: the domain is the employer's site. */
export const emailRules: readonly TextRule<'user' | 'domain'>[] = [
  defineRule({
    id: 'bio-email-domain',
    reason: 'A writer’s work address ("s.sheth@newsweek.com") carries the outlet’s domain',
    pattern: /(?<user>[\w.+-]+)@(?<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b/i,
    examples: [
      { text: 'You can get in touch with Sonam at s.sheth@newsweek.com. Languages: English', captures: { user: 's.sheth', domain: 'newsweek.com' } },
    ],
    counterExamples: ['Follow him on X at @realDonaldTrump', 'Email the newsroom'],
  }),
];
