import type { ClassifiedLine } from '../../../model/line.js';
import type { OpenerRule } from './opener-rule.js';
import { isProse, isRunInLabel, nextContent, prevContent } from '../line-shape.js';

/** A page needs this many run-in labels before a caption-lead-label block counts as a teaser card. */
const LABELS_BEFORE_CARDS = 2;
/** Body after a closing line opens an article only when it is a lead of this many words… */
const LEAD_MIN_WORDS = 12;
/** …followed by this many more prose paragraphs (the AP poll-methodology note after a credit stays put). */
const PARAGRAPHS_AFTER_LEAD = 2;
/** Words a following paragraph needs to count as prose. */
const PROSE_MIN_WORDS = 8;
/** A closing line is short; a long one is a photo credit glued to a caption mid-story. */
const MAX_CLOSING_LINE = 150;

function isBody(line: ClassifiedLine | undefined): line is ClassifiedLine {
  return line !== undefined && line.kind === 'body';
}

/** Caption, one lead paragraph, one run-in label, then no more body: a card teasing another story. */
function isTeaserCard(lines: readonly ClassifiedLine[], at: number): boolean {
  if (lines[at]?.kind !== 'caption' || lines[prevContent(lines, at)]?.kind === 'caption') return false;
  let lead = nextContent(lines, at);
  while (lines[lead]?.kind === 'caption') lead = nextContent(lines, lead);
  const label = nextContent(lines, lead);
  const after = nextContent(lines, label);
  const leadLine = lines[lead];
  const labelLine = lines[label];
  return (
    isBody(leadLine) && !isRunInLabel(leadLine.text.trim()) &&
    isBody(labelLine) && isRunInLabel(labelLine.text.trim()) &&
    (after === -1 || lines[after]!.kind !== 'body')
  );
}

/** The nearest earlier line that is body, title, credit or copyright is a (short) credit or copyright. */
function followsClosingLine(lines: readonly ClassifiedLine[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const kind = lines[i]!.kind;
    if (kind === 'credit' || kind === 'copyright') return lines[i]!.text.trim().length <= MAX_CLOSING_LINE;
    if (kind === 'body' || kind === 'title') return false;
  }
  return false;
}

function proseParagraphsAfter(lines: readonly ClassifiedLine[], at: number, wanted: number): boolean {
  let found = 0;
  for (let i = nextContent(lines, at); i !== -1 && found < wanted; i = nextContent(lines, i)) {
    if (!isProse(lines[i], PROSE_MIN_WORDS)) return false;
    found++;
  }
  return found >= wanted;
}

/** Signals that a new article starts, tried in this order at every line. */
export const OPENER_RULES: OpenerRule[] = [
  {
    id: 'headline',
    reason: 'A headline line (classified as title) past the page’s first body starts a new article.',
    opens: (lines, at) => lines[at]?.kind === 'title',
    examples: [[['body', 'The first story goes on.'], ['body', 'The first story ends here.'], ['navigation', 'Recommended articles'], ['title', 'Adviser says talks must resume'], ['body', 'The adviser said on Thursday that talks must resume.']]],
    counterExamples: [[['title', 'Adviser says talks must resume'], ['body', 'The adviser said on Thursday that talks must resume.']]],
  },
  {
    id: 'wire-dateline',
    reason: 'A wire dateline ("ANKARA (Reuters) -") opens a wire story.',
    // The clean stage recognised the dateline (its rule 'wire-dateline'); segmentation reads that verdict.
    opens: (lines, at) => isBody(lines[at]) && lines[at]!.rule === 'wire-dateline',
    examples: [[
      ['body', 'The envoy needs to come back to the table, he said.'],
      ['credit', '(Reporting by Jane Doe; Editing by John Roe)'],
      ['body', 'ANKARA (Reuters) -The president was quoted on Wednesday as saying the proposal was unfair.', 'wire-dateline'],
    ]],
    counterExamples: [[['body', 'The envoy said on Thursday that Washington (and its allies) - not Moscow - would decide.']]],
  },
  {
    id: 'teaser-card',
    reason: 'On a page whose story uses run-in labels, a caption + lead + one label block teases another story.',
    opens: (lines, at, page) => page.labelLines >= LABELS_BEFORE_CARDS && isTeaserCard(lines, at),
    examples: [[
      ['body', 'The administration has given Ukraine an improved draft, officials said.'],
      ['body', 'Why it matters: The disagreement sparked a wider crisis.'],
      ['body', 'The big picture: Ukraine sits on significant reserves.'],
      ['caption', 'Two ministers during a meeting in Kyiv. Photo: Jane Doe/Getty Images'],
      ['body', 'War-torn Ukraine sits on significant reserves of rare earth minerals.'],
      ['body', 'Why it matters: The U.S. wants them — or else.'],
      ['copyright', 'Copyright Example Media, 2024'],
    ]],
    counterExamples: [
      [
        ['caption', 'Two ministers during a meeting in Kyiv. Photo: Jane Doe/Getty Images'],
        ['body', 'The administration has given Ukraine an improved draft, officials said.'],
        ['body', 'Why it matters: The disagreement sparked a wider crisis.'],
        ['body', 'The big picture: Ukraine sits on significant reserves.'],
      ],
      [
        ['body', 'Why it matters: The disagreement sparked a wider crisis.'],
        ['body', 'The big picture: Ukraine sits on significant reserves.'],
        ['caption', 'Two ministers during a meeting in Kyiv. Photo: Jane Doe/Getty Images'],
        ['body', 'The talks went on into the night, officials said.'],
        ['body', 'The latest: A new round is planned.'],
        ['body', 'Both sides said they expected a deal within weeks.'],
      ],
    ],
  },
  {
    id: 'after-closing-line',
    reason: 'After a credit or copyright line, a lead followed by more prose is another article.',
    opens: (lines, at) =>
      isBody(lines[at]) && followsClosingLine(lines, at) && isProse(lines[at], LEAD_MIN_WORDS) && proseParagraphsAfter(lines, at, PARAGRAPHS_AFTER_LEAD),
    examples: [[
      ['body', 'The envoy needs to come back to the table, he said on Thursday.'],
      ['credit', '(Reporting by Jane Doe; Editing by John Roe)'],
      ['body', 'The president was quoted on Wednesday as saying a proposal for a minerals deal was unfair to his country.'],
      ['body', 'Last week Kyiv sent Washington a revised draft of an accord on its minerals.'],
      ['body', 'He said he did not want his country to become a hub for raw materials.'],
    ]],
    counterExamples: [
      [
        ['body', 'The envoy has called for a renewed push for leadership in the region today.'],
        ['body', 'He said the world still looks to Washington for answers on trade and security.'],
        ['copyright', 'COPYRIGHT 2020, THE CAMPUS DAILY. ALL RIGHTS RESERVED. REPRINTED WITH PERMISSION. In 1962 the envoy becomes dean of the business school, a post he holds for six years.'],
        ['body', '“There were 44 countries at the conference,” he says of the 1944 meeting that set up the postwar order.'],
        ['body', 'He recalls the talks in detail, from the delegates to the drafts they traded.'],
        ['body', 'It is a story he has told many times, and he tells it with relish.'],
      ],
      [
      ['body', 'The poll found broad support for the measure among voters of both parties.'],
      ['credit', 'Jane Doe and John Roe contributed to this report.'],
      ['body', 'The poll of 1,053 adults was conducted Dec. 5-9 using a sample drawn from a probability-based panel.'],
      ['body', 'Online:'],
      ['body', 'Poll center: http://www.example.org/'],
      ],
    ],
  },
];
