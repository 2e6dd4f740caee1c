import { defineRules, type QuoteRule } from './quote-rule.js';

/**
 * A reporting verb or phrase. `forms` are its surface forms as space-separated words; `…` stands
 * for up to four words of adjunct ("quoted on Wednesday as saying").
 */
export interface CueRule extends QuoteRule {
  forms: readonly string[];
  /** Reported content it takes: a that-clause only, a bare clause too ("said the deal will happen"), or none. */
  clause: 'that' | 'bare' | 'none';
  /** tell-type verbs name a hearer before the content ("told reporters that"). */
  hearer: boolean;
  /** Frames direct speech ("…," he added; she wrote: "…"). */
  frames: boolean;
  /** Quoted words in its scope are the speaker's ("calling him a “dictator”"). */
  fragments: boolean;
}

/** Verbs and phrases that report speech or writing. Beliefs and intentions (think, want) are not speech. */
export const SPEECH_CUES = defineRules<CueRule>([
  {
    id: 'cue-say', forms: ['say', 'says', 'said', 'saying'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'The plain reporting verb.',
    examples: [
      { text: 'Trump, for his part, has said the deal should help recoup the billions.', quote: 'the deal should help recoup the billions', kind: 'indirect', speaker: 'Trump' },
      { text: '“He needs to come back to the table,” Waltz said of Zelenskiy.', quote: 'He needs to come back to the table', kind: 'direct', speaker: 'Waltz' },
    ],
    counterExamples: ['He said goodbye to the delegation.', 'The deal, it is said, was close.'],
  },
  {
    id: 'cue-tell', forms: ['tell', 'tells', 'told', 'telling'], clause: 'that', hearer: true, frames: true, fragments: true,
    reason: 'Speech to a named hearer; the hearer comes before the content.',
    examples: [
      { text: 'An official told Ukrainian state broadcaster Suspline that there would be no signing on Saturday.', quote: 'there would be no signing on Saturday', kind: 'indirect', speaker: 'An official' },
      { text: 'Vance criticized the retort, telling the Daily Mail on Wednesday, “That is an atrocious way to deal with us.”', quote: 'That is an atrocious way to deal with us.', kind: 'direct', speaker: 'Vance' },
    ],
    counterExamples: ['Officials told him to leave the room.'],
  },
  {
    id: 'cue-add', forms: ['add', 'adds', 'added', 'adding'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'Continues a speaker’s words.',
    examples: [{ text: '“They need to tone it down and sign that deal,” he added.', quote: 'They need to tone it down and sign that deal', kind: 'direct', speaker: 'he' }],
    counterExamples: ['The new draft added value to the deal.'],
  },
  {
    id: 'cue-continue', forms: ['continue', 'continues', 'continued'], clause: 'none', hearer: false, frames: true, fragments: false,
    reason: 'Frames the next part of a quote ("…," Waltz continued).',
    examples: [{ text: '“It’s just unacceptable,” Waltz continued.', quote: 'It’s just unacceptable', kind: 'direct', speaker: 'Waltz' }],
    counterExamples: ['The talks continued for hours.'],
  },
  {
    id: 'cue-insist', forms: ['insist', 'insists', 'insisted', 'insisting'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'An emphatic assertion.',
    examples: [{ text: 'Trump, who has criticized Zelenskyy’s war strategy, insists the deal will happen, though Ukraine remains cautious.', quote: 'the deal will happen', kind: 'indirect', speaker: 'Trump' }],
    counterExamples: ['Ukraine’s insistence that it will not sign was clear.'],
  },
  {
    id: 'cue-suggest', forms: ['suggest', 'suggests', 'suggested', 'suggesting'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Reports a proposal or claim as a that-clause.',
    examples: [{ text: 'One U.S. official suggested that the agreement would provide guarantees.', quote: 'the agreement would provide guarantees', kind: 'indirect', speaker: 'One U.S. official' }],
    counterExamples: ['Polls suggested a close race.'],
  },
  {
    id: 'cue-claim', forms: ['claim', 'claims', 'claimed', 'claiming'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'An assertion the writer does not vouch for.',
    examples: [{ text: 'At issue is a draft that Ukrainian officials claim fails to provide meaningful security assurances.', quote: 'fails to provide meaningful security assurances', kind: 'indirect', speaker: 'Ukrainian officials' }],
    counterExamples: ['The claim was widely debunked.'],
  },
  {
    id: 'cue-state', forms: ['state', 'states', 'stated', 'stating'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'A formal assertion.',
    examples: [{ text: 'Zelenskyy again objected during a meeting in Munich, stating that the proposal failed to include security assurances.', quote: 'the proposal failed to include security assurances', kind: 'indirect', speaker: 'Zelenskyy' }],
    counterExamples: ['The state department stated its budget.'],
  },
  {
    id: 'cue-note', forms: ['note', 'notes', 'noted', 'noting'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'Adds a remark, often after a direct quote.',
    examples: [{ text: '“I have to push back on that,” Waltz said, noting he’s been talking to his counterpart “on a regular basis” since January.', quote: 'he’s been talking to his counterpart “on a regular basis” since January', kind: 'indirect', speaker: 'Waltz' }],
    counterExamples: ['The note was left on the table.'],
  },
  {
    id: 'cue-warn', forms: ['warn', 'warns', 'warned', 'warning'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'A warning reported as a that-clause.',
    examples: [{ text: 'Trump has repeatedly pressured Zelenskyy, warning that Ukraine risks losing everything.', quote: 'Ukraine risks losing everything', kind: 'indirect', speaker: 'Trump' }],
    counterExamples: ['Trump warned Zelenskyy to move fast.'],
  },
  {
    id: 'cue-argue', forms: ['argue', 'argues', 'argued', 'arguing'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'A reasoned claim.',
    examples: [{ text: 'However, Ukrainian officials remain skeptical, arguing that the current draft does not go far enough.', quote: 'the current draft does not go far enough', kind: 'indirect', speaker: 'Ukrainian officials' }],
    counterExamples: ['The two men argued for hours.'],
  },
  {
    id: 'cue-explain', forms: ['explain', 'explains', 'explained', 'explaining'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'A reported explanation.',
    examples: [{ text: 'The minister explained that the draft was not final.', quote: 'the draft was not final', kind: 'indirect', speaker: 'The minister' }],
    counterExamples: ['Nobody explained the delay.'],
  },
  {
    id: 'cue-emphasize', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising', 'stress', 'stresses', 'stressed', 'stressing', 'underscore', 'underscores', 'underscored', 'underscoring'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Emphasis verbs report a claim, and quoted words in their object are the speaker’s.',
    examples: [
      { text: 'Zelensky has emphasized that a minerals deal should benefit both countries.', quote: 'a minerals deal should benefit both countries', kind: 'indirect', speaker: 'Zelensky' },
      { text: 'Sybiha also underscored the importance of maintaining a "results-oriented dialogue" between the two nations.', quote: 'results-oriented dialogue', kind: 'direct', speaker: 'Sybiha' },
    ],
    counterExamples: ['The stress of the talks showed.'],
  },
  {
    id: 'cue-confirm', forms: ['confirm', 'confirms', 'confirmed', 'confirming', 'reveal', 'reveals', 'revealed', 'revealing', 'announce', 'announces', 'announced', 'announcing', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting', 'concede', 'concedes', 'conceded', 'conceding', 'deny', 'denies', 'denied', 'denying'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Verbs that put information on record.',
    examples: [
      { text: 'A source familiar with the negotiations revealed that the current version "does not foresee any American obligations."', quote: 'the current version "does not foresee any American obligations."', kind: 'indirect', speaker: 'A source familiar with the negotiations' },
      { text: 'An official from the Presidential Administration confirmed to state broadcaster Suspilne that no agreement would be reached on Saturday.', quote: 'no agreement would be reached on Saturday', kind: 'indirect', speaker: 'An official from the Presidential Administration' },
    ],
    counterExamples: ['The Senate confirmed the nominee.'],
  },
  {
    id: 'cue-report', forms: ['report', 'reports', 'reported', 'reporting'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'An outlet or source reporting a claim; at the end of a sentence it credits the whole clause.',
    examples: [
      { text: 'Work had continued on the document “all night” but was held up by the issue of “security guarantees,” Suspline reported.', quote: 'Work had continued on the document “all night” but was held up by the issue of “security guarantees,”', kind: 'indirect', speaker: 'Suspline' },
      { text: 'Reuters reported that officials met on Friday to discuss the deal.', quote: 'officials met on Friday to discuss the deal', kind: 'indirect', speaker: 'Reuters' },
    ],
    counterExamples: ['A Reuters report on the talks was published.'],
  },
  {
    id: 'cue-write', forms: ['write', 'writes', 'wrote', 'writing', 'post', 'posts', 'posted', 'posting', 'tweet', 'tweets', 'tweeted', 'tweeting'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Written statements, on paper or on social media.',
    examples: [
      { text: 'Trump has accused Moscow of stalling, writing on Truth Social on Friday: "Russia has to get moving."', quote: 'Russia has to get moving.', kind: 'direct', speaker: 'Trump' },
      { text: 'Ukraine’s foreign minister, Andrii Sybiha, posted that he had spoken with Marco Rubio.', quote: 'he had spoken with Marco Rubio', kind: 'indirect', speaker: 'Andrii Sybiha' },
    ],
    counterExamples: ['He posted a photo of the meeting.'],
  },
  {
    id: 'cue-respond', forms: ['respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied', 'replying', 'hit back', 'hits back', 'hitting back', 'fired back', 'fires back', 'firing back'], clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Replies, often carrying the quoted words of a retort.',
    examples: [{ text: 'Trump responded Tuesday with unfounded allegations that Zelensky “started” the war.', quote: 'started', kind: 'direct', speaker: 'Trump' }],
    counterExamples: ['The army responded to the attack.'],
  },
  {
    id: 'cue-declare', forms: ['declare', 'declares', 'declared', 'declaring', 'assert', 'asserts', 'asserted', 'asserting', 'maintain', 'maintains', 'maintained', 'maintaining', 'reiterate', 'reiterates', 'reiterated', 'reiterating', 'predict', 'predicts', 'predicted', 'predicting', 'promise', 'promises', 'promised', 'promising', 'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'contend', 'contends', 'contended', 'allege', 'alleges', 'alleged', 'alleging', 'complain', 'complains', 'complained', 'complaining', 'recall', 'recalls', 'recalled', 'boast', 'boasted', 'joke', 'joked', 'quip', 'quipped', 'remark', 'remarked', 'observe', 'observed', 'counter', 'countered', 'agree', 'agrees', 'agreed', 'indicate', 'indicated', 'signal', 'signaled', 'signalled', 'hint', 'hinted', 'caution', 'cautioned'],
    clause: 'that', hearer: false, frames: true, fragments: true,
    reason: 'Other verbs of saying that take a that-clause.',
    examples: [{ text: 'The minister declared that the talks were over.', quote: 'the talks were over', kind: 'indirect', speaker: 'The minister' }],
    counterExamples: ['The talks maintained momentum.'],
  },
  {
    id: 'cue-ask', forms: ['ask', 'asks', 'asked', 'asking', 'shout', 'shouted', 'exclaimed'], clause: 'none', hearer: false, frames: true, fragments: false,
    reason: 'Frames a direct question or exclamation.',
    examples: [{ text: '“Where are we?” he asked.', quote: 'Where are we?', kind: 'direct', speaker: 'he' }],
    counterExamples: ['He asked for more time.'],
  },
  {
    id: 'cue-point-out', forms: ['point out', 'points out', 'pointed out', 'pointing out'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'A phrasal verb of saying.',
    examples: [{ text: 'They point out that the deal would require Ukraine to provide critical resources.', quote: 'the deal would require Ukraine to provide critical resources', kind: 'indirect', speaker: 'They' }],
    counterExamples: ['Waltz kept pointing to the pallet of ammunition.'],
  },
  {
    id: 'cue-make-clear', forms: ['make it clear', 'makes it clear', 'made it clear', 'making it clear', 'make clear', 'made clear'], clause: 'that', hearer: false, frames: false, fragments: true,
    reason: 'A stated position.',
    examples: [{ text: 'Ukrainian officials have made it clear that they will not sign the agreement in its current form.', quote: 'they will not sign the agreement in its current form', kind: 'indirect', speaker: 'Ukrainian officials' }],
    counterExamples: ['The water made it clear to see.'],
  },
  {
    id: 'cue-stance', forms: ['remain adamant', 'remains adamant', 'remained adamant', 'are adamant', 'is adamant', 'was adamant', 'were adamant', 'expressed confidence', 'expresses confidence', 'expressing confidence', 'express confidence', 'expressed hope', 'expressed concern', 'expressed doubt'],
    clause: 'that', hearer: false, frames: false, fragments: true,
    reason: 'Stated stances that the gold treats as reported speech ("remain adamant that", "expressed confidence that").',
    examples: [{ text: 'Waltz expressed confidence that Zelenskyy will ultimately sign the agreement.', quote: 'Zelenskyy will ultimately sign the agreement', kind: 'indirect', speaker: 'Waltz' }],
    counterExamples: ['Confidence remained high among traders.'],
  },
  {
    id: 'cue-quoted-as', forms: ['quoted … as saying', 'quoted … as writing'], clause: 'bare', hearer: false, frames: true, fragments: true,
    reason: 'Second-hand speech credited through another outlet.',
    examples: [{ text: 'President Volodymyr Zelenskiy was quoted on Wednesday as saying a U.S. proposal was unfair.', quote: 'a U.S. proposal was unfair', kind: 'indirect', speaker: 'Volodymyr Zelenskiy' }],
    counterExamples: ['The price quoted was too high.'],
  },
  {
    id: 'cue-quoted-as-telling', forms: ['quoted … as telling'], clause: 'that', hearer: true, frames: true, fragments: true,
    reason: 'Second-hand speech to a named hearer: the hearer is not the content.',
    examples: [{ text: '“You continue to work on this document,” Zelenskiy was quoted as telling some Turkish media after talks in Ankara on Tuesday.', quote: 'You continue to work on this document', kind: 'direct', speaker: 'Zelenskiy' }],
    counterExamples: ['Zelenskiy was quoted as telling some Turkish media after talks in Ankara on Tuesday.'],
  },
  {
    id: 'cue-label', forms: ['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'denounce', 'denounces', 'denounced', 'denouncing', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'term', 'termed', 'accuse', 'accuses', 'accused', 'accusing', 'decry', 'decried', 'decrying', 'slam', 'slammed', 'slamming', 'blast', 'blasted', 'blasting', 'praise', 'praised', 'praising', 'criticize', 'criticized', 'criticizing', 'criticise', 'criticised', 'criticising', 'condemn', 'condemned', 'condemning', 'hail', 'hailed', 'hailing', 'mock', 'mocked', 'mocking', 'urge', 'urged', 'urging'],
    clause: 'none', hearer: false, frames: false, fragments: true,
    reason: 'Naming and judging verbs: the quoted words in their object are the speaker’s, but they report no clause (README §4: "calling X a “Y”", "accusing him of …" are not indirect speech).',
    examples: [
      { text: 'Trump, frustrated with the delays, criticized Zelenskyy’s approach, calling Bessent’s visit a “wasted trip.”', quote: 'wasted trip.', kind: 'direct', speaker: 'Trump' },
      { text: 'The crisis spread this week, with Trump denouncing Zelensky as a “dictator” who chose war.', quote: 'dictator', kind: 'direct', speaker: 'Trump' },
    ],
    counterExamples: ['Democrats blasted Trump, accusing him of abandoning an ally.', 'He was called to the “situation room” at dawn.'],
  },
]);

/** "according to X": the source of a clause before or after it. */
export const ACCORDING_TO: QuoteRule = {
  id: 'cue-according-to',
  reason: 'Credits a clause to a source without a verb of saying.',
  examples: [
    { text: 'A draft deal is “not the one President Zelensky would accept,” according to a source familiar with the negotiations.', quote: 'A draft deal is “not the one President Zelensky would accept,”', kind: 'indirect', speaker: 'a source familiar with the negotiations' },
    { text: 'According to sources close to the negotiations, the current draft is unacceptable to Kyiv.', quote: 'the current draft is unacceptable to Kyiv', kind: 'indirect', speaker: 'sources close to the negotiations' },
  ],
  counterExamples: ['Prices rose according to plan.'],
};

/** ", citing X" after a reporting frame: quoted words inside the report are X's. */
export const CITING: QuoteRule = {
  id: 'cue-citing',
  reason: 'An outlet reporting a claim while citing a source: the quoted words are the source’s, the clause is the outlet’s.',
  examples: [{ text: 'Talks have grown increasingly "antagonistic," Reuters reported, citing a source with knowledge of the matter.', quote: 'antagonistic', kind: 'direct', speaker: 'a source with knowledge of the matter' }],
  counterExamples: ['Citing the weather, officials said nothing.'],
};
