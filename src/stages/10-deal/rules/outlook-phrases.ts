import type { OutlookRule } from './rule-types.js';

/**
 * Phrases that say where talks stand, weighted from −1 (collapsed) to +1 (signed): the end
 * states ±1, forecasts ±0.8 ("in jeopardy", "looking more likely"), stances and events in the
 * talks ±0.4–0.6, process ±0.2–0.3, relations and mood −0.1–0.2. General negotiation
 * vocabulary; weights set by these bands, checked for sign on the minerals-deal gold.
 */
export const OUTLOOK_RULES: readonly OutlookRule[] = [
  {
    id: 'outlook-signed', weight: 1,
    pattern: /(?<!\b(?:not|never|n['’]t)\s+)\b(?:signed\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:deal|agreement|accord)|(?:deal|agreement)\s+(?:was|is|has\s+been)\s+(?:signed|sealed|finali[sz]ed|reached)|reached\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:deal|agreement)|struck\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?deal)\b/giu,
    reason: 'The deal is done: the top of the scale.',
    examples: ['The two sides signed the minerals agreement on Wednesday.', 'Leaders reached a tentative agreement late Tuesday.'],
    counterExamples: ['They have not signed the agreement yet.'],
  },
  {
    id: 'outlook-collapse', weight: -1,
    pattern: /\b(?:(?:talks|negotiations|deal|agreement)\s+(?:have\s+|has\s+)?collaps(?:ed|es|ing)|collapse\s+of\s+(?:the\s+)?(?:talks|negotiations|deal)|(?:talks|negotiations)\s+broke\s+down|breakdown\s+(?:in|of)\s+(?:the\s+)?talks|talks\s+(?:have\s+)?(?:failed|ended)|walk(?:ed|s)?\s+away\s+from|called\s+off|dead\s+in\s+the\s+water|scrapped)\b/giu,
    reason: 'Talks ended without a deal: the bottom of the scale.',
    examples: ['The draft falls short, leading to a breakdown in talks.', 'The negotiations collapsed on Friday.'],
    counterExamples: ['They worked to avoid a collapse of the coalition.'],
  },
  {
    id: 'outlook-near-deal', weight: 0.8,
    pattern: /(?<!\bnowhere\s+)\b(?:near(?:ing)?\s+(?:a\s+)?(?:deal|agreement)|near\s+deal|close\s+to\s+(?:a\s+)?(?:deal|agreement)|on\s+the\s+verge\s+of\s+(?:a\s+)?(?:deal|agreement)|within\s+reach|moving\s+closer|closer\s+to\s+(?:a\s+)?(?:[\p{L}-]+\s+)?(?:deal|agreement))\b/giu,
    reason: 'A deal is in sight.',
    examples: ['U.S. and Ukraine Near Deal on Rare Earth Minerals', 'The two are moving closer to a strategic agreement.'],
    counterExamples: ['They are nowhere near a deal.'],
  },
  {
    id: 'outlook-likely', weight: 0.8,
    pattern: /\b(?:looking|looks|seems|appears)\s+(?:more\s+|increasingly\s+)?likely\b|\b(?:is|are)\s+going\s+to\s+sign\b|\bwill\s+(?:ultimately\s+)?sign\b|\bexpect(?:s|ed)?\s+to\s+sign\b|\bthe\s+deal\s+will\s+happen\b|\bexpressed\s+confidence\b/giu,
    reason: 'Someone close to the talks expects a deal.',
    examples: ['Sources on both sides now say a deal is now looking more likely.', 'President Zelenskyy is going to sign that deal.'],
    counterExamples: ['A deal looks unlikely.'],
  },
  {
    id: 'outlook-progress', weight: 0.5,
    pattern: /(?<!\b(?:no|little|without|any)\s+)\b(?:(?:significant|real|good|major|substantial|some|great|important)\s+progress|making\s+progress|made\s+progress|breakthrough|advance(?:d)?\s+(?:the\s+)?discussions|move\s+the\s+deal\s+forward|sealing\s+this|seal\s+the\s+deal)\b/giu,
    reason: 'The talks are moving.',
    examples: ['The negotiations saw significant progress during the visit.', 'The U.S. and Ukraine are making progress toward a deal.'],
    counterExamples: ['There has been no progress in the talks.'],
  },
  {
    id: 'outlook-jeopardy', weight: -0.8,
    pattern: /\b(?:in\s+jeopardy|in\s+peril|on\s+the\s+brink|on\s+life\s+support|on\s+the\s+rocks|derail(?:ed|ing|s)?|unravel(?:ing|ed|s)?)\b|\bthreaten\s+to\s+derail\b/giu,
    reason: 'The deal may fail.',
    examples: ['The minerals deal is in jeopardy.', 'Minerals Deal in Peril as Talks Grow Antagonistic'],
    counterExamples: ['The deal was saved from jeopardy clauses.'],
  },
  {
    id: 'outlook-slim', weight: -0.8,
    pattern: /\bchances?\s+(?:of\s+[\p{L}\s]{0,30}?)?(?:are|is|look|appear|remain)\s+(?:slim|low|remote|dim|poor)\b|\bslim\s+chances?\b|\bunlikely\s+to\s+(?:reach|sign|strike|agree|pass)\b|\b(?:looks|seems|appears)\s+unlikely\b|\bnowhere\s+near\s+a\s+deal\b/giu,
    reason: 'A deal is not expected.',
    examples: ['The chances of reaching one are slim.', 'A deal looks unlikely this week.'],
    counterExamples: ['The chances are good.'],
  },
  {
    id: 'outlook-will-not-sign', weight: -0.6,
    pattern: /\bwill\s+not\s+sign\b|\bwon['’]t\s+sign\b|\bno\s+signing\b|\bno\s+agreement\s+would\s+be\s+reached\b|\bnot\s+ready\b/giu,
    reason: 'A side says it will not sign now.',
    examples: ['They will not sign the agreement in its current form.', 'There would be no signing of the agreement on Saturday.'],
    counterExamples: ['They will sign the agreement.'],
  },
  {
    id: 'outlook-rejected', weight: -0.4,
    pattern: /\b(?:reject(?:ed|ing|s)?|(?:would|did)\s+not\s+sign|(?:wouldn|didn)['’]t\s+sign|unacceptable|not\s+acceptable|not\s+(?:the\s+)?one\s+\S+\s+\S+\s+would\s+accept|unfair|resistance\s+to\s+signing)\b/giu,
    reason: 'A proposal was turned down: a setback, not an end.',
    examples: ['Ukraine rejected a proposal pushed by Bessent.', 'The draft is “not the one President Zelensky would accept,” a source said.'],
    counterExamples: ['The proposal was accepted.'],
  },
  {
    id: 'outlook-stalled', weight: -0.3,
    pattern: /\b(?:impasse|stalemate|deadlock(?:ed)?|(?:talks|negotiations|deal|efforts)\s+(?:have\s+|had\s+)?stalled|at\s+a\s+standstill|setbacks?|obstacles?|held\s+up|sticking\s+points?|come\s+back\s+to\s+the\s+(?:negotiating\s+)?table)\b/giu,
    reason: 'The talks are stuck.',
    examples: ['Negotiations stalled after Ukraine objected.', 'Zelenskiy needs to come back to the negotiating table.'],
    counterExamples: ['The car stalled on the highway.'],
  },
  {
    id: 'outlook-hostile', weight: -0.2,
    pattern: /\b(?:boiling\s+point|antagonistic|acrimon(?:y|ious)|war\s+of\s+words|heated\s+showdown|escalating\s+(?:feud|rhetoric|war\s+of\s+words)|rift|wider\s+crisis)\b/giu,
    reason: 'Relations between the sides are hostile: a weak signal about the deal itself.',
    examples: ['Tensions have reached a boiling point.', 'Talks have grown increasingly "antagonistic".'],
    counterExamples: ['The water reached a boiling temperature.'],
  },
  {
    id: 'outlook-mood-negative', weight: -0.1,
    pattern: /\b(?:frustrat(?:ed|ion|ing)|infuriat(?:ed|ing)|disappointed|pushback|fraught|straining|strained|remains?\s+cautious|skeptical)\b/giu,
    reason: 'Bad mood at the table: the weakest negative signal.',
    examples: ['There’s obviously a lot of frustration here.', 'Ukraine remains cautious.'],
    counterExamples: ['They were pleased.'],
  },
  {
    id: 'outlook-revived', weight: 0.4,
    pattern: /\b(?:improved|revised|new)[”"’]?\s+(?:draft|proposal|offer|version)\b|\b(?:[“"‘])?resurrect(?:ed|ing)?\b|\breviv(?:e|ed|ing)\b|\brestart(?:ed|ing)?\s+(?:negotiations|talks)\b|\bhelps?\s+restart\b/giu,
    reason: 'A new text or a revived effort: the talks are alive.',
    examples: ['The administration has given Ukraine an “improved” draft.', 'Trump said he was trying to “resurrect” the minerals deal.'],
    counterExamples: ['The revised schedule was published.'],
  },
  {
    id: 'outlook-ongoing', weight: 0.2,
    pattern: /\b(?:talks|negotiations|discussions)\s+(?:are|remain|were)\s+(?:still\s+)?ongoing\b|\bnegotiations\s+still\s+ongoing\b|\bcontinu(?:e|es|ing)\s+(?:hammering\s+out|to\s+negotiate|negotiating)\b|\b(?:efforts|talks|negotiations)\s+(?:[\p{L}\s’']{0,60}?)continue\b|\bvery\s+good\s+meetings\b|\bresults-oriented\b|\bconstructive\b/giu,
    reason: 'Talks go on: mildly positive.',
    examples: ['The U.S. and Ukraine will continue hammering out the details.', 'Talks are ongoing after the administration made a revised proposal.'],
    counterExamples: ['The war is ongoing.'],
  },
];
