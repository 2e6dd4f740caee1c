import type { StanceCue } from './rule-types.js';

/**
 * Words that show a party's stance on an issue. Brackets in examples mark actors, braces the
 * issue. Priority settles several cues on one issue for one party: red line 5, require 4,
 * reject 3, accept 2, offer and demand 1.
 */
export const STANCE_CUES: readonly StanceCue[] = [
  // Red lines: explicitly non-negotiable.
  {
    id: 'redline-will-not-sign-unless',
    stance: 'red line', holder: 'subject', scope: 'after', priority: 5,
    pattern: /\b(?:will|would|shall)\s+not\s+sign\b|\bwon['’]t\s+sign\b|\brefuses?\s+to\s+sign\b|\bwill\s+never\s+sign\b/giu,
    reason: '"will not sign an agreement that doesn\'t include X": X is non-negotiable for the one who will not sign.',
    examples: [
      { text: '[Ukraine]\'s insistence that it will not sign an agreement that doesn\'t include {security guarantees}.', party: 'Ukraine', issue: 'security guarantees' },
      { text: '[Labor] will not sign a contract without {pension protections}.', party: 'Labor', issue: 'pension protections' },
    ],
    counterExamples: ['[Ukraine] will sign the agreement that includes {security guarantees}.'],
  },
  {
    id: 'redline-cannot-be-accepted',
    stance: 'red line', holder: 'subject', scope: 'before', priority: 5,
    pattern: /\bnothing\s+that\b[^.;]{0,160}?\b(?:can|could|will|would)\s+be\s+accepted\b|\b(?:can(?:not|['’]t)|could\s+not|will\s+not|won['’]t)\s+be\s+accepted\b|\bis\s+non-negotiable\b|\bis\s+a\s+red\s+line\b/giu,
    reason: '"Nothing that could threaten X can be accepted", "X cannot be accepted", "X is a red line": a stated limit.',
    examples: [
      { text: '[Zelensky] said: "Nothing that could threaten Ukraine\'s {accession to the EU} can be accepted."', party: 'Zelensky', issue: 'accession to the EU' },
      { text: '[Pelosi] said any cut to {jobless benefits} is a red line.', party: 'Pelosi', issue: 'jobless benefits' },
    ],
    counterExamples: ['[Ukraine] said {security guarantees} can be accepted.'],
  },
  {
    id: 'redline-never-accept',
    stance: 'red line', holder: 'subject', scope: 'after', priority: 5,
    pattern: /\b(?:would|will)\s+[“"‘]?never\s+accept\b|\bnever\s+accept\b|\bwill\s+not\s+compromise\s+on\b|\bunder\s+no\s+circumstances\b/giu,
    reason: '"would never accept X", "will not compromise on X": a red line, even when said about the future.',
    examples: [
      { text: '[Zelensky] said he would “never accept” decisions on Ukraine\'s {place in peace talks}.', party: 'Zelensky', issue: 'place in peace talks' },
    ],
    counterExamples: ['[Zelensky] said he would accept {security guarantees}.'],
  },
  // Conditions short of a stated red line.
  {
    id: 'require-sign-without',
    stance: 'require', holder: 'subject', scope: 'after', priority: 4,
    pattern: /\b(?:hesitat(?:ed|es|ing|e)|reluctant|unwilling|wary|loath)\s+to\s+sign\b[^.;]{0,40}?\bwithout\b/giu,
    reason: '"hesitated to sign without X": X is a condition for signing, short of a stated red line.',
    examples: [{ text: '[Ukraine] hesitated to sign without clear U.S. {security commitments}.', party: 'Ukraine', issue: 'security commitments' }],
    counterExamples: ['[Ukraine] hesitated to sign the deal with {security commitments}.'],
  },
  {
    id: 'require-unfair-without',
    stance: 'require', holder: 'subject', scope: 'after', priority: 4, alsoAuthor: 'reject',
    pattern: /\b(?:unfair|unacceptable|inadequate|insufficient|one-sided|lopsided|flawed)\s+(?:as|because|since)\s+(?:it|the\s+\w+)\s+(?:did|does|do|would|will)\s*(?:not|n['’]t)\s+(?:include|provide|offer|contain|guarantee)\b/giu,
    reason: '"unfair as it did not include X": the complainant makes X a condition, and the draft\'s author left it out.',
    examples: [{ text: '[Zelenskiy] said a [U.S.] proposal was unfair as it did not include {security guarantees}.', party: 'Zelenskiy', issue: 'security guarantees' }],
    counterExamples: ['[Zelenskiy] said the proposal was fair as it included {security guarantees}.'],
  },
  {
    id: 'require-before-deal',
    stance: 'require', holder: 'subject', scope: 'before', priority: 4,
    pattern: /\bmust\s+be\s+\w+\s+before\b|\bbefore\s+any\s+(?:deal|agreement)\b|\bas\s+a\s+(?:pre)?condition\b|\bconditional\s+on\b|\bcondition(?:ed|s)?\s+on\b/giu,
    reason: '"X, which Ukraine insists must be strengthened before any deal can move forward": X is a condition of the deal.',
    examples: [{ text: 'The sticking point remains {security guarantees}, which [Ukraine] insists must be strengthened before any deal can move forward.', party: 'Ukraine', issue: 'security guarantees' }],
    counterExamples: ['[Ukraine] must be ready before the talks.'],
  },
  {
    id: 'require-without-compromising',
    stance: 'require', holder: 'subject', scope: 'after', priority: 4,
    pattern: /\bwithout\s+(?:compromising|undermining|threatening|harming|sacrificing|giving\s+up)\b/giu,
    reason: '"a deal … without compromising Ukrainian sovereignty": keeping X is a condition of the deal.',
    examples: [{ text: '[Zelensky] said the deal should benefit both countries without compromising Ukrainian {sovereignty}.', party: 'Zelensky', issue: 'sovereignty' }],
    counterExamples: ['[Zelensky] spoke without notes about {sovereignty}.'],
  },
  {
    id: 'require-held-up-by',
    stance: 'require', holder: 'subject', scope: 'after', priority: 4,
    pattern: /\bheld\s+up\s+(?:by|over|on)\b|\bhinges?\s+on\b|\bstalled\s+over\b|\bstumbling\s+block\b/giu,
    reason: '"was held up by the issue of X": a side will not close the deal without X; with no named holder, the side that asks for X.',
    examples: [{ text: '[Ukraine] has pushed for {security guarantees}. Work was held up by the issue of {security guarantees}, [Suspilne] reported.', party: 'Ukraine', issue: 'security guarantees' }],
    counterExamples: ['Traffic was held up by the storm while [Ukraine] discussed {security guarantees}.'],
  },
  // Rejections.
  {
    id: 'reject-verb',
    stance: 'reject', holder: 'subject', scope: 'after', priority: 3,
    pattern: /(?<!\b(?:not|never)\s+|n['’]t\s+)\b(?:reject(?:s|ed|ing)?|refus(?:es|ed|ing)|oppos(?:es|ed|ing)|dismiss(?:es|ed|ing)|rebuff(?:s|ed|ing)?|turn(?:s|ed)?\s+down|balk(?:s|ed)?\s+at|(?:do|does|did)\s+not\s+want|(?:don|doesn|didn)['’]t\s+want)\b/giu,
    reason: '"rejected U.S. demands for X", "does not want to become a hub for X": the subject refuses X.',
    examples: [
      { text: '[Zelenskiy] on Wednesday rejected [U.S.] demands for $500 billion to {repay} Washington.', party: 'Zelenskiy', issue: 'repay' },
      { text: '"We don’t want to become a {centre of raw materials}."', party: 'Zelenskiy', issue: 'centre of raw materials', speaker: 'Zelenskiy' },
    ],
    counterExamples: ['[Zelenskiy] did not reject {security guarantees}.'],
  },
  {
    id: 'reject-not-accept',
    stance: 'reject', holder: 'subject', scope: 'after', priority: 3,
    pattern: /\b(?:not|n['’]t)\s+(?:\w+\s+)?accept\b|\bnot\s+(?:the\s+)?one\s+\S+\s+\S+\s+would\s+accept\b/giu,
    reason: '"will not accept X", "is not one Zelensky would accept": a refusal short of a stated red line.',
    examples: [{ text: '[Democrats] will not accept {liability protections} for employers.', party: 'Democrats', issue: 'liability protections' }],
    counterExamples: ['[Democrats] will accept {liability protections}.'],
  },
  {
    id: 'reject-offered-no',
    stance: 'reject', holder: 'subject', scope: 'after', priority: 3,
    pattern: /\b(?:offered|offers|provided|gave|has\s+given)\s+no\b/giu,
    reason: '"the United States … offered no specific security guarantees": the side that offered none refuses them.',
    examples: [{ text: 'He said the [United States] had offered no specific {security guarantees}.', party: 'United States', issue: 'security guarantees' }],
    counterExamples: ['The [United States] offered {security guarantees}.'],
  },
  {
    id: 'reject-draft-omits',
    stance: 'reject', holder: 'draft-author', scope: 'after', priority: 2, alsoSubject: 'demand',
    pattern: /\b(?:(?:does|did|do)\s+not|(?:doesn|didn|don)['’]t|fail(?:s|ed)?\s+to|falls?\s+(?:far\s+)?short\s+of)\s+(?:include|provide|offer|contain|foresee|cover|guarantee|address|mention)\b|\bfalls?\s+(?:far\s+)?short\s+of\b/giu,
    reason: 'A party\'s own draft leaving X out is that party rejecting X ("the U.S. draft didn\'t include any security guarantees"); the side complaining about it asks for X.',
    examples: [
      { text: 'The [Ukrainians] were disappointed that the [U.S.] draft didn’t include any {security guarantees}.', party: 'Ukrainians', issue: 'security guarantees', stance: 'demand' },
      { text: 'The [U.S.] draft didn’t include any {security guarantees} for Ukraine.', party: 'U.S.', issue: 'security guarantees' },
      { text: 'It also does not include any [U.S.] {security guarantees} for Kyiv.', party: 'U.S.', issue: 'security guarantees' },
    ],
    counterExamples: ['The [U.S.] draft includes {security guarantees}.'],
  },
  // Acceptance.
  {
    id: 'accept-verb',
    stance: 'accept', holder: 'subject', scope: 'after', priority: 2,
    pattern: /(?<!\b(?:not|never|n['’]t)\s+(?:\w+\s+)?)\b(?:accept(?:s|ed|ing)?|agree(?:s|d)?\s+to|sign(?:s|ed)?\s+off\s+on|welcom(?:es|ed|ing)|endors(?:es|ed|ing)|embrac(?:es|ed|ing)|back(?:s|ed)?\s+away\s+from\s+opposing)\b/giu,
    reason: '"accepted X", "agreed to X": the subject takes X as part of the deal.',
    examples: [{ text: '[Republicans] agreed to {direct payments} for families.', party: 'Republicans', issue: 'direct payments' }],
    counterExamples: ['[Republicans] would never accept {direct payments}.'],
  },
  // Offers.
  {
    id: 'offer-verb',
    stance: 'offer', holder: 'subject', scope: 'after', priority: 1,
    pattern: /\b(?:offer(?:s|ed|ing)?|propos(?:es|ing)|proposed\s+(?:to|that)|pledg(?:es|ed|ing)|promis(?:es|ed|ing)|would\s+provide|will\s+provide|provide|open\s+to|willing\s+to\s+(?:give|provide|offer|discuss)|ready\s+to\s+(?:give|provide|offer))\b(?!\s+no\b)/giu,
    reason: '"offered X", "would provide X", "I am open to you investing": the subject puts X on the table.',
    examples: [
      { text: 'One [U.S. official] suggested that the agreement would provide "financial guarantees and therefore {security guarantees} for Ukraine".', party: 'U.S. official', issue: 'security guarantees' },
      { text: '“I am always open to you {investing} in our country,” he said.', party: 'Zelenskiy', issue: 'investing', speaker: 'Zelenskiy' },
    ],
    counterExamples: ['The [U.S.] offered no {security guarantees}.'],
  },
  {
    id: 'offer-opportunity',
    stance: 'offer', holder: 'subject', scope: 'after', priority: 1,
    pattern: /\b(?:present(?:s|ed|ing)?|offer(?:s|ed|ing)?|gave|give[sn]?)\s+(?:[\p{L}’'-]+\s+){0,5}?(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?opportunity\s+to\b/giu,
    reason: '"we presented the Ukrainians an incredible opportunity to have the United States co-invest": what the opportunity holds is on offer.',
    examples: [{ text: '“[We] presented the Ukrainians an incredible and historic opportunity to have the United States {co-invest} with Ukraine,” [Waltz] said.', party: 'We', issue: 'co-invest' }],
    counterExamples: ['It was an opportunity to discuss {co-invest} plans.'],
  },
  {
    id: 'offer-in-exchange-for',
    stance: 'offer', holder: 'issue-owner', scope: 'after', priority: 1,
    pattern: /\bin\s+(?:exchange|return)\s+for\b/giu,
    reason: '"… in exchange for continued U.S. support": the side named on the thing given in exchange offers it.',
    examples: [{ text: 'An agreement that gives access to minerals in exchange for continued [U.S.] {support}.', party: 'U.S.', issue: 'support' }],
    counterExamples: ['An agreement that gives access to minerals in exchange for {aid}.'],
  },
  // Demands.
  {
    id: 'demand-nominal',
    stance: 'demand', holder: 'possessor', scope: 'after', priority: 1,
    pattern: /\b(?:demands?|insistence|calls?|push|requests?|bid|quest)\s+(?:for|that|on)\b/giu,
    reason: '"Ukraine\'s demand for X", "U.S. demands for X": the possessor or qualifier asks for X.',
    examples: [
      { text: '[Ukraine]’s demand for {security guarantees} in exchange for mineral access.', party: 'Ukraine', issue: 'security guarantees' },
      { text: 'Zelenskiy rejected [U.S.] demands for $500 billion to {repay} Washington.', party: 'U.S.', issue: 'repay' },
    ],
    counterExamples: ['Demand for {security guarantees} is high.'],
  },
  {
    id: 'demand-push-for',
    stance: 'demand', holder: 'subject', scope: 'after', priority: 1,
    pattern: /\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|call(?:s|ed|ing)?|ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|fight(?:s|ing)?|fought|argu(?:es|ed|ing))(?:\s+\w+ly|\s+hard)?\s+for\b|\bobject(?:s|ed|ing)?\s+to\s+(?:a|the)\s+lack\s+of\b/giu,
    reason: '"has been pushing for X", "called for X", "objected to a lack of X": the subject asks for X.',
    examples: [{ text: '[Ukraine] has been pushing for {security guarantees}.', party: 'Ukraine', issue: 'security guarantees' }],
    counterExamples: ['[Ukraine] pushed back on {security guarantees}.'],
  },
  {
    id: 'demand-seek',
    stance: 'demand', holder: 'subject', scope: 'after', priority: 1,
    pattern: /(?<!\b(?:not|n['’]t)\s+)\b(?:seeks?|seeking|sought|wants?|wanted|demand(?:ed|ing)|request(?:ed|ing)|insist(?:s|ed|ing)?\s+on|trying\s+to\s+(?:gain|get|win|secure|recoup)|keen\s+to\s+see|hop(?:es|ed|ing)\s+to\s+(?:get|win|secure))\b/giu,
    reason: '"U.S. seeks access to X", "Ukraine is seeking X", "wanted to see more backing": the subject asks for X.',
    examples: [
      { text: '[U.S.] seeks {access to rare earth minerals} in exchange for aid.', party: 'U.S.', issue: 'access to rare earth minerals' },
      { text: 'In exchange, [Ukraine] is seeking robust {security guarantees}.', party: 'Ukraine', issue: 'security guarantees' },
    ],
    counterExamples: ['[Ukraine] does not want {security guarantees}.', 'The scope of the [U.S.]\'s demands and the issue of {security guarantees} were discussed.'],
  },
  {
    id: 'demand-give-us',
    stance: 'demand', holder: 'speaker', scope: 'after', priority: 1,
    pattern: /\b(?:give|provide|offer|grant|guarantee)\s+us\b/giu,
    reason: '"they must be able to give us concrete security guarantees": the speaker\'s side asks for X.',
    examples: [{ text: '“And they must be able to give us real – not just promises – and concrete {security guarantees},” he said.', party: 'Zelenskiy', issue: 'security guarantees', speaker: 'Zelenskiy' }],
    counterExamples: ['Reporters asked them to give us more time before the vote on {security guarantees}.'],
  },
  {
    id: 'demand-compensation-for',
    stance: 'demand', holder: 'issue-owner', scope: 'after', priority: 1,
    pattern: /\b(?:as\s+)?(?:compensation|repayment|reimbursement|restitution)\s+for\b/giu,
    reason: '"use mineral exports as compensation for U.S. aid": the side whose aid is to be paid back asks for it.',
    examples: [{ text: 'Potentially use mineral exports as {compensation for [U.S.] aid}.', party: 'U.S.', issue: 'compensation for U.S. aid' }],
    counterExamples: ['Potentially use mineral exports as {compensation for aid}.'],
  },
  {
    id: 'require-needs-secured',
    stance: 'require', holder: 'subject', scope: 'before', priority: 4,
    pattern: /\bneeds?\s+to\s+be\s+[“"‘]?(?:secured|guaranteed|ensured|protected|repaid)\b/giu,
    reason: '"Washington’s support needs to be “secured”": the owner makes securing X a condition.',
    examples: [{ text: 'He has said that [Washington]’s {support} needs to be “secured”.', party: 'Washington', issue: 'support' }],
    counterExamples: ['The building needs to be secured before {support} arrives.'],
  },
  {
    id: 'demand-should',
    stance: 'demand', holder: 'subject', scope: 'after', priority: 1,
    pattern: /\b(?:should|must)\s+(?:\w+\s+){0,3}?(?:include|provide|give|ensure|guarantee|recogni[sz]e|respect|help|be\s+part\s+of|be\s+able\s+to\s+give)\b|\bneeds?\s+to\s+(?:include|provide|give|recogni[sz]e)\b/giu,
    reason: '"the deal should help recoup X", "they must be able to give us X", "Ukraine should be part of any talks": what the speaker says the deal must contain.',
    examples: [
      { text: '[Trump] has said the deal should help {recoup} the billions in military assistance.', party: 'Trump', issue: 'recoup' },
      { text: '"They must be able to give us concrete {security guarantees}," he said.', party: 'Zelenskiy', issue: 'security guarantees', speaker: 'Zelenskiy' },
    ],
    counterExamples: ['[Trump] said the deal could help {recoup} costs.'],
  },
];
