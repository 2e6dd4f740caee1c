import type { LineView } from '../line-view.js';
import type { ContextRule } from './rule-types.js';
import { BIO_SENTENCE } from './bios.js';
import { LINE_RULES_BY_ID } from './line-rules.js';
import { isMastheadShaped, isNameList, isNamesOnly, isSentenceShaped, isTitleCase, wordCount } from '../line-shape.js';

const PRONOUN_BIO = /^(?:She|He|They) (?:is|was|has|had|joined|previously|covers|writes|lives|holds)\b/u;

const RELATED_LIST_RULE = 'related-list';

/** Navigation that heads a list of other stories, a headline of such a list, or a line that closes a story. */
function endsStoryOrListsOthers(view: LineView, at: number): boolean {
  const kind = view.kind(at);
  if (kind === 'credit' || kind === 'copyright') return true;
  // Inline links ("More:Headline") sit mid-story; only a listed run after a closing line counts.
  if (kind === 'related-headline') return view.rule(at) === RELATED_LIST_RULE;
  const rule = view.rule(at);
  return kind === 'navigation' && rule !== null && LINE_RULES_BY_ID.get(rule)?.introducesOtherStories === true;
}

function isBodySentence(view: LineView, at: number): boolean {
  return view.kind(at) === 'body' && isSentenceShaped(view.text(at));
}

/** No body or title line before `at`. */
function isFirstBody(view: LineView, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const kind = view.kind(i);
    if (kind === 'body' || kind === 'title') return false;
  }
  return true;
}

function hasBodyAfter(view: LineView, at: number): boolean {
  for (let i = at + 1; i < view.length; i++) if (view.kind(i) === 'body') return true;
  return false;
}

/** Rules that need the neighbouring lines, applied in this order, each to still-unclaimed body lines. */
export const CONTEXT_RULES: ContextRule[] = [
  {
    id: 'byline-name',
    kind: 'byline',
    reason: 'A names-only line right above a byline role ("Opinion columnist") is the author’s name.',
    applies: (view, at) => view.kind(view.next(at)) === 'byline' && isNamesOnly(view.text(at)),
    examples: [{ line: 'Wendy R. Sherman', after: ['', 'Opinion columnist', '', 'The deal was signed in Geneva after months of talks.'] }],
    counterExamples: [{ line: 'Deep Look', after: ['The deal was signed in Geneva after months of talks.'] }],
  },
  {
    id: 'caption-names',
    kind: 'caption',
    reason: 'A short names-only line directly above a photo caption labels the photo.',
    applies: (view, at) => view.kind(at + 1) === 'caption' && isNamesOnly(view.text(at)),
    examples: [{ line: 'Trump Zelensky', after: ['The two leaders meet in the Oval Office in Washington, D.C. Mystyslav Chernov/AP'] }],
    counterExamples: [
      { line: 'Why It Matters', after: ['The two leaders meet in the Oval Office in Washington, D.C. Mystyslav Chernov/AP'] },
      { line: 'Trump Zelensky', after: ['The two leaders met on Friday.'] },
    ],
  },
  {
    id: 'masthead',
    kind: 'masthead',
    reason: 'A lone outlet name as the first line of the page.',
    applies: (view, at) => view.prev(at) === -1 && view.next(at) !== -1 && isMastheadShaped(view.text(at)),
    examples: [
      { line: 'Axios', after: ['Search', 'The administration has given Ukraine a new draft, officials said.'] },
      { line: 'USA TODAY', after: ['', 'BOSTON – Graduate students ended their strike on Friday.'] },
    ],
    counterExamples: [
      { line: 'Ad sales boost Time Warner profit', after: ['', 'Quarterly profits at the media giant jumped 76%.'] },
      { before: ['The first line is a sentence.'], line: 'Axios', after: ['More body text follows here.'] },
    ],
  },
  {
    id: 'bio-continued',
    kind: 'bio',
    reason: 'Bio paragraphs follow the bio heading or another bio paragraph.',
    applies: (view, at) => {
      if (view.kind(view.prev(at)) !== 'bio') return false;
      const text = view.text(at);
      return BIO_SENTENCE.test(text) || PRONOUN_BIO.test(text) || text.endsWith('Read more');
    },
    examples: [{ before: ['About the writer', ''], line: 'Jane Doe is an Evening Politics Editor at Newsweek who is based in New York.' }],
    counterExamples: [{ before: ['The talks resumed on Friday.'], line: 'Jane Doe is an editor at the ministry’s journal, which first published the draft.' }],
  },
  {
    id: 'bio-at-end',
    kind: 'bio',
    reason: 'An author bio sentence after the last body paragraph of the page.',
    applies: (view, at) => BIO_SENTENCE.test(view.text(at)) && !hasBodyAfter(view, at),
    examples: [{ before: ['The talks resumed on Friday.', ''], line: 'Jane Doe is a senior fellow at the Brookings Institution.' }],
    counterExamples: [{ line: 'Jane Doe is a senior fellow at the Brookings Institution.', after: ['', 'She said the talks resumed on Friday.'] }],
  },
  {
    id: 'byline-names-at-start',
    kind: 'byline',
    reason: 'A list of authors’ names above the first body line.',
    applies: (view, at) => isFirstBody(view, at) && isNameList(view.text(at)),
    examples: [{ line: 'John Gable and Henry A. Brechter', after: ['', 'The two parties have rarely agreed on anything this year.'] }],
    counterExamples: [
      { line: 'Senators Sworn In For Impeachment Trial', after: ['', 'The senators took an oath on Thursday.'] },
      { line: 'Supreme Court Chief Justice Roberts Admonishes House Managers and Trump Lawyers', after: ['', 'The chief justice spoke late on Tuesday.'] },
      { line: 'Treasury’s Mnuchin, Fed’s Powell Defend Coronavirus Relief Measures', after: ['', 'The two men testified on Tuesday.'] },
      { before: ['The talks resumed on Friday.'], line: 'Smith and Jones', after: ['They met again.'] },
    ],
  },
  {
    id: 'title-page-start',
    kind: 'title',
    reason: 'The first text line of a page, shaped like a headline, with body after it.',
    applies: (view, at) => {
      const text = view.text(at);
      if (!isFirstBody(view, at) || !view.isHeadline(at) || wordCount(text) < 3) return false;
      // A sentence-case question opens many op-eds ("Who is going to pay for this?"): only Title Case ones are titles.
      if (text.endsWith('?') && !isTitleCase(text)) return false;
      return hasBodyAfter(view, at);
    },
    examples: [
      { line: 'Ad sales boost Time Warner profit', after: ['', 'Quarterly profits at the media giant jumped 76%.'] },
      { line: 'Tensions Rise Over the Deal', after: ['Introduction to the Negotiations', 'Tensions have reached a boiling point.'] },
      { line: 'How Safe Is It To Eat Takeout?', after: ['', 'Restaurants have moved to delivery.'] },
    ],
    counterExamples: [
      { line: 'The talks resumed on Friday after a week of rows.', after: ['More text.'] },
      { line: 'Who is going to pay for this?', after: ['', 'For months that question was used as a weapon against the plan.'] },
      { line: '"This is the question that is going to dominate the election: How did you perform?"', after: ['The president said so on Friday.'] },
      { line: '"Oh my God, she\'s bleeding nonstop!" one person shouts. Another shouts: "Bandage it!"', after: ['The video spread fast.'] },
      { line: '"The problems cannot be solved without a redistribution of power." —Martin Luther King Jr., 1967', after: ['The day comes as the party debates its course.'] },
      { before: ['The talks resumed on Friday.'], line: 'What Happens Next', after: ['The sides will meet again.'] },
    ],
  },
  {
    id: 'title-before-dateline',
    kind: 'title',
    reason: 'A headline-shaped line right before a wire dateline is that story’s headline.',
    applies: (view, at) => view.rule(view.next(at)) === 'wire-dateline' && view.isHeadline(at),
    examples: [{ before: ['The previous story ends here.'], line: 'Envoy says talks must resume soon', after: ['WASHINGTON (Reuters) – The envoy said on Thursday the talks must resume.'] }],
    counterExamples: [{ before: ['The previous story ends here.'], line: 'Envoy says talks must resume soon', after: ['The envoy said on Thursday the talks must resume.'] }],
  },
  {
    id: RELATED_LIST_RULE,
    kind: 'related-headline',
    reason: 'Headlines listed after a copyright line or a "Related" heading, until body text resumes.',
    applies: (view, at) => {
      return endsStoryOrListsOthers(view, view.prev(at)) && view.isHeadline(at) && !isBodySentence(view, view.next(at));
    },
    examples: [
      { before: ['The story ends here.', 'Copyright Example Media, 2024'], line: 'What to know about the minerals the U.S. wants', after: ['Leaders warn they won’t accept decisions made without them', 'Go deeper'] },
      { before: ['The story ends here.', 'Related'], line: 'Nine winners and one loser from the awards' },
    ],
    counterExamples: [
      { before: ['The story ends here.', 'Copyright Example Media, 2024'], line: 'Envoy says talks must resume soon', after: ['The envoy said on Thursday that talks must resume.'] },
      { before: ['The story goes on.', 'Advertisement'], line: 'The Road Ahead', after: ['Lawmakers return next week.'] },
    ],
  },
  {
    id: 'title-after-list',
    kind: 'title',
    reason: 'A headline followed by body, right after story links or a closing line, starts another story.',
    applies: (view, at) => endsStoryOrListsOthers(view, view.prev(at)) && view.isHeadline(at) && isBodySentence(view, view.next(at)),
    examples: [{ before: ['The story ends here.', 'Top Stories', 'Recommended articles'], line: 'Adviser says the president needs to ‘tone it down’', after: ['The national security adviser said Thursday that the president needs to tone it down.'] }],
    counterExamples: [
      { before: ['The story goes on.', 'Advertisement'], line: 'The Road Ahead', after: ['Lawmakers return next week.'] },
      { before: ['The story goes on.', 'More:House sends the articles to the Senate'], line: 'How the vote went', after: ['Lawmakers voted late on Wednesday.'] },
      { before: ['The story ends here.', 'Recommended articles'], line: 'Adviser says the president needs to ‘tone it down’', after: ['Adviser warns allies'] },
    ],
  },
];
