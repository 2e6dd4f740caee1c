import type { IssueFrame } from './rule-types.js';

/**
 * Frames whose object is what the parties argue about. General negotiation verbs and nouns
 * only: nothing here names a particular deal.
 */
export const ISSUE_FRAMES: readonly IssueFrame[] = [
  {
    id: 'frame-ask-for',
    pattern: /\b(?:demands?|demanded|demanding|calls?|called|calling|push(?:es|ed|ing)?|pressed|pressing|press|asks?|asked|asking|hopes?|hoped|hoping|fight(?:s|ing)?|fought|argued|arguing|lobb(?:y|ied|ying))(?:\s+(?:hard|strongly|repeatedly|again))?\s+for\s+/giu,
    reason: '"demand for X", "pushing for X", "calls for X": X is what one side wants from the other.',
    examples: [
      { text: 'Ukraine has been pushing for security guarantees.', term: 'security guarantees' },
      { text: 'Democrats called for expanded unemployment benefits.', term: 'unemployment benefits' },
    ],
    counterExamples: ['They called for a vote on the deal.'],
  },
  {
    id: 'frame-want',
    pattern: /\b(?:seeks?|seeking|sought|wants?|wanted|wanting|needs?|needed|requests?|requested|requesting|demands?|demanded|demanding|insists?\s+on|insisted\s+on|insisting\s+on|is\s+trying\s+to\s+(?:gain|get|win|secure)|keen\s+to\s+see|to\s+see)\s+/giu,
    reason: '"seeks access to minerals", "wants higher wages", "insists on X": the object is asked of the other side.',
    examples: [
      { text: 'The [U.S.] seeks access to [Ukraine]’s rare earth minerals in exchange for aid.', term: 'access to rare earth minerals' },
      { text: 'The union wants higher wages.', term: 'higher wages' },
    ],
    counterExamples: ['Brazil seeks to deepen its partnership.', 'The official wants them to leave.'],
  },
  {
    id: 'frame-include',
    pattern: /\b(?:includes?|included|including|provides?|provided|providing|offers?|offered|offering|grants?|granted|granting|guarantees?|guaranteed|secures?|secured|securing|receives?|received|receiving|foresees?|foresaw|contains?|contained|covers?|covered|address(?:es|ed)?|accepts?|accepted|rejects?|rejected|rejecting|refuses?|refused|opposes?|opposed|opposing|excludes?|excluded|threatens?|threatened|compromising|protect(?:s|ed|ing)?)\s+/giu,
    reason: '"does not include security guarantees", "offered tax cuts", "rejected X": what a draft holds or a side gives, accepts or refuses.',
    examples: [
      { text: 'It also does not include any [U.S.] security guarantees for Kyiv.', term: 'security guarantees' },
      { text: 'without compromising Ukrainian security and sovereignty', term: 'sovereignty' },
    ],
    counterExamples: ['The talks included officials from both sides.'],
  },
  {
    id: 'frame-without',
    pattern: /\b(?:without|lack\s+of|absence\s+of|in\s+(?:exchange|return)\s+for|as\s+compensation\s+for|the\s+(?:issue|question|matter)\s+of|over\s+the\s+(?:issue|question)\s+of)\s+/giu,
    reason: '"hesitated to sign without X", "a lack of X", "in exchange for X", "the issue of X": X is a term of the bargain.',
    examples: [
      { text: '[Ukraine] hesitated to sign without clear [U.S.] security commitments.', term: 'security commitments' },
      { text: 'Ukraine objected to a lack of security guarantees.', term: 'security guarantees' },
    ],
    counterExamples: ['He left without saying goodbye.'],
  },
  {
    id: 'frame-disagree-over',
    pattern: /\b(?:disagreements?|disputes?|differences|divisions|rows?|fights?|clash(?:es)?|standoff|impasse|sticking\s+points?|talks|negotiations|wrangling|haggling)\s+(?:over|on|about)\s+/giu,
    reason: '"disagreements over X", "the impasse over X", "talks on X": X is what the sides argue about.',
    examples: [
      { text: 'The impasse over liability protections continued.', term: 'liability protections' },
      { text: 'Negotiations have been marred by disagreements over the scope of the demands.', term: 'scope of demands' },
    ],
    counterExamples: ['The talks on Friday went nowhere.'],
  },
  {
    id: 'frame-become',
    pattern: /\b(?:become|becoming|turn(?:ed)?\s+into|serve\s+as|be\s+reduced\s+to)\s+(?:a|an|the)\s+/giu,
    reason: '"did not want Ukraine to become a hub for raw materials": the role a side refuses (or seeks) is a stake.',
    examples: [
      { text: 'He did not want Ukraine to become a hub for raw materials.', term: 'hub for raw materials' },
      { text: 'We don’t want to become a centre of raw materials for any continent.', term: 'centre of raw materials' },
    ],
    counterExamples: ['The bill will become law.'],
  },
  {
    id: 'frame-place-at-table',
    pattern: /\b(?:(?:excluded|excluding|excludes|exclusion|left\s+out|shut\s+out|sidelined|sidelining)(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}|not\s+(?:been\s+)?(?:invited|included)|(?:a\s+)?(?:part|place|seat|say|role))\s+(?:from|of|in|to|at)\s+(?=(?:the\s+|any\s+|key\s+|these\s+|those\s+)?(?:[\p{L}.’'-]+\s+){0,2}?(?:talks|negotiations|table)\b)/giu,
    names: { head: 'place', prep: 'in' },
    reason: 'Who sits at the table is a stake in any negotiation: "excluded from peace talks", "part of any talks", "not invited to talks" all name a side\'s place in the talks.',
    examples: [
      { text: 'Ukraine should be part of any talks that determine its future.', term: 'place in talks' },
      { text: 'Republicans warned that excluding Ukraine from peace talks weakens U.S. influence.', term: 'place in peace talks' },
    ],
    counterExamples: ['It is part of broader efforts to end the war.'],
  },
];
