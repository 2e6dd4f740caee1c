import type { LineRule } from './rule-types.js';

// A sign-up call opens a sentence ("Sign up for …", "Want more …? Sign up …"); the guard asks for an inbox.
const SIGNUP_CALL = /(?:^|[.?!\]]\s+|\[)(?:Sign up|SIGN UP|Sign Up|Subscribe|Get our|Get Our|Want (?:more|the best)|Click here to (?:subscribe|sign up)|Enter your email|Join our|If you liked this story, sign up|For indispensable reporting[^.]*subscribe|Read the newsletter|Manage Newsletters)\b/u;

/** Sign-up, terms and comment prompts: calls to the reader, never reporting. */
export const PROMPT_RULES: LineRule[] = [
  {
    id: 'signup-terms',
    kind: 'signup',
    reason: 'Consent text under sign-up forms: "By signing up, I agree to the Terms of Use …".',
    pattern: /^(?:By (?:signing up|subscribing|clicking|submitting|entering)[^,]{0,40},? (?:I|you)(?: are)? agree|I agree to (?:the|receive)|This site is protected by reCAPTCHA)/u,
    maxLength: 700,
    examples: [
      'By signing up, I agree to the Terms of Use, have reviewed the Privacy Policy, and to receive personalized offers and communications via email from The Hill, Nexstar Media Inc., and its affiliates',
      'By subscribing, you are agreeing to receive a daily newsletter from the site that highlights top stories of the day.',
    ],
    counterExamples: ['By signing up for the program, farmers agreed to cut their output by a third.'],
  },
  {
    id: 'signup-newsletter',
    kind: 'signup',
    reason: 'Newsletter promos: a sign-up call together with a newsletter or inbox.',
    pattern: SIGNUP_CALL,
    maxLength: 450,
    guard: ['newsletter', 'Newsletter', 'NEWSLETTER', 'inbox', 'Sign up here', 'sign up here', 'email alerts', 'straight to you'],
    examples: [
      'Sign up for Daily Newsletters Manage Newsletters',
      'Want more essential commentary and analysis like this delivered straight to your inbox? Sign up for the "Today\'s best articles" newsletter here.',
      'Sign up for our special edition newsletter to get a daily update on the coronavirus pandemic.',
      'Get Our Top Investigations Subscribe to the Big Story newsletter.',
      '[Want to stay up-to-date on the latest automaker news? Subscribe to our free email newsletter here.]',
      'Want the best of the news straight to your inbox? Sign up here.',
    ],
    counterExamples: [
      'Readers can now sign up for the newsletter on the paper’s website, the editor said.',
      'More than 10,000 people subscribed to the newsletter in its first week.',
      'Yesterday’s newsletter had the intro to this essay, but not all the predictions.',
    ],
  },
  {
    id: 'comment-prompt',
    kind: 'comment-prompt',
    reason: 'Prompts of the comment box and letters desk.',
    pattern: /^(?:You must (?:be )?(?:[Rr]egister(?:ed)?|[Ll]og(?:ged)? ?[Ii]n|[Ll]ogin|[Ss]ign(?:ed)? [Ii]n)\b.{0,60}\bcomment|(?:Leave|Post|Add|Write) a [Cc]omment|(?:Show|View|Read|Hide) (?:all )?(?:\d+ )?[Cc]omments?|\d+ [Cc]omments?|Comments? (?:are|have been) (?:closed|disabled)|Join the (?:conversation|discussion)|Send (?:letters|your letters) to\b|Have your say|What do you think\? (?:Leave|Share|Tell))/u,
    maxLength: 160,
    examples: ['You must Register or Login to post a comment.', 'Comments are closed.', 'Send letters to letters@example.com', 'Join the conversation'],
    counterExamples: ['You must register to vote by Friday, officials said.', 'The senator declined to comment on the report.'],
  },
];
