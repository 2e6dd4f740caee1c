import type { LineRule } from './rule-types.js';

/** Notices about the page itself: AI voice players, update stamps, live-blog clock times. */
export const NOTICE_RULES: LineRule[] = [
  {
    id: 'ai-voice-notice',
    kind: 'ai-notice',
    reason: 'Audio players of AI-read articles print a disclaimer, often after an emoji.',
    pattern: /^[^\p{L}\d]{0,12}(?:(?:Voice|Audio|This (?:audio|narration|voice)) (?:is|was) (?:AI-generated|generated (?:by|using) AI|produced using AI)|(?:Listen to|This) article (?:is )?(?:read|narrated) by (?:an )?AI|AI-generated (?:audio|voice))/u,
    maxLength: 200,
    examples: ['🎙️ Voice is AI-generated. Inconsistencies may occur.', 'Voice is AI-generated. Inconsistencies may occur.'],
    counterExamples: ['Voice actors say AI-generated voices threaten their jobs.'],
  },
  {
    id: 'update-stamp',
    kind: 'update-stamp',
    reason: 'Stamps that print when the page changed: "Update 4/11/25 9:38 p.m. ET: This story has been updated…".',
    pattern: /^(?:(?:Last )?(?:Updated?|UPDATED?|Posted|Published|Corrected)(?: on| at)?:?\s(?:\d{1,2}[/:.]\d{1,2}|\d{1,2}\s?(?:a\.m\.|p\.m\.|AM|PM)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s)|This (?:story|article|post|report) (?:has been|was|is being) (?:updated|corrected)\b)/u,
    maxLength: 300,
    examples: [
      'Update 4/11/25 9:38 p.m. ET: This story has been updated with additional information and context.',
      'Updated at 7:43 p.m. ET',
      'Updated 10:32 AM ET, Wed March 4, 2020',
      'This story has been updated.',
    ],
    counterExamples: ['Updated figures released on Monday showed growth of 2%.', 'Update 3 of the software fixed the bug.'],
  },
  {
    id: 'correction-note',
    kind: 'update-stamp',
    reason: 'Wire correction and refile notes in parentheses above the story.',
    pattern: /^\((?:This|Corrects|Updates|Refiles)\b[^)]{0,40}\b(?:story|article|version)?\s?(?:corrects|refiles|updates|adds|removes|fixes|to correct|to add|to fix)\b[^()]*\)$/u,
    maxLength: 400,
    examples: ['(This March 26 story corrects paragraph 18 to say a majority of patients arrive with symptoms)'],
    counterExamples: ['(This story has nothing to do with the vote.)'],
  },
  {
    id: 'live-blog-time',
    kind: 'update-stamp',
    reason: 'A clock time alone on a line heads each entry of a live blog.',
    pattern: /^\d{1,2}:\d{2}\s?(?:a\.m\.|p\.m\.|AM|PM|am|pm)?(?:\s[A-Z]{2,4})?\.?$/u,
    maxLength: 20,
    examples: ['9:20 p.m.', '11:48 a.m. EST', '14:05'],
    counterExamples: ['9:20 p.m. was when the vote closed.'],
  },
];
