import type { WordsRule } from './quote-rule.js';

/** Auxiliaries and adverbs that may stand between a speaker and the verb ("Trump has repeatedly said"). */
export const BETWEEN_SPEAKER_AND_CUE: WordsRule = {
  id: 'frame-adverb',
  words: [
    'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'also', 'again', 'now', 'then', 'later', 'once',
    'previously', 'earlier', 'repeatedly', 'publicly', 'privately', 'reportedly', 'recently', 'further', 'only', 'even', 'still', 'firmly',
    'explicitly', 'openly', 'falsely', 'bluntly', 'flatly', 'simply', 'quickly', 'initially', 'separately', 'ultimately', 'subsequently', 'not', 'however',
    'never', 'already', 'often', 'frequently', 'clearly', 'both', 'all', 'too', 'just', 'first', 'last', 'week', 'on', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'night', 'morning', 'evening', 'afternoon',
  ],
  reason: 'Auxiliaries, adverbs and day words between subject and verb do not break the frame.',
  examples: [{ text: 'Trump has repeatedly said the deal should help recoup the money.', quote: 'the deal should help recoup the money', kind: 'indirect', speaker: 'Trump' }],
  counterExamples: ['Trump has repeatedly mentioned the minerals agreement.'],
};

/** Forms of "be": before a verb of naming they make it passive, and the subject is not the speaker. */
export const PASSIVE_AUX: readonly string[] = ['is', 'was', 'were', 'are', 'be', 'been', 'being'];

/** Words of a time or place adjunct that may stand between the verb and its content ("said on Wednesday night that"). */
export const TIME_WORDS: WordsRule = {
  id: 'frame-time-adjunct',
  words: [
    'on', 'last', 'this', 'next', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'again', 'also', 'repeatedly', 'publicly',
    'recently', 'previously', 'ago', 'days', 'weeks', 'months', 'hours', 'late', 'privately', 'separately', 'now', 'then',
  ],
  reason: 'Time words between the verb and the clause do not end the frame.',
  examples: [{ text: 'Trump said on Wednesday night that he was trying to “resurrect” the minerals deal.', quote: 'he was trying to “resurrect” the minerals deal', kind: 'indirect', speaker: 'Trump' }],
  counterExamples: ['Trump said on Wednesday.'],
};

/** Prepositions that open an adjunct between a verb and a that-clause ("said in a “Meet the Press” interview aired Sunday that"). */
export const ADJUNCT_OPENERS: readonly string[] = ['in', 'on', 'at', 'during', 'to', 'after', 'before', 'from', 'by', 'via', 'over', 'while', 'through', 'last', 'this', 'earlier', 'later', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'separately', 'recently', 'previously'];

/** Words that can open a reported clause without "that" ("said the deal will happen", "said he believed"). */
export const CLAUSE_STARTERS: WordsRule = {
  id: 'frame-bare-clause',
  words: [
    'the', 'a', 'an', 'this', 'these', 'those', 'no', 'any', 'some', 'all', 'every', 'each', 'both', 'neither', 'either', 'many', 'more', 'most',
    'several', 'few', 'one', 'two', 'three', 'four', 'five', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its',
    'our', 'my', 'your', 'not', 'nothing', 'nobody', 'everyone', 'everything', 'someone', 'something', 'such', 'only', 'if', 'once', 'without',
    'he’s', 'she’s', 'it’s', 'they’re', 'we’re', 'there’s', "he's", "she's", "it's", "they're", "we're", "there's", 'he’d', "he'd", 'they’d', "they'd",
  ],
  reason: 'A reported clause without "that" starts with a subject: a determiner, a pronoun or a name.',
  examples: [{ text: 'Zelenskiy said he believed Ukraine had support in Washington.', quote: 'he believed Ukraine had support in Washington', kind: 'indirect', speaker: 'Zelenskiy' }],
  counterExamples: ['Waltz said of Zelenskiy that he was late.', 'He said to wait.'],
};

/** Words that end a reported clause: a concession or contrast that is the writer's, not the speaker's. */
export const CONTENT_STOPS: WordsRule = {
  id: 'frame-content-stop',
  words: ['even as', 'even though', 'even if', 'though', 'although', 'whereas', 'while', 'according to'],
  reason: 'After a comma these open the writer’s own clause ("insists the deal will happen, though Ukraine remains cautious").',
  examples: [{ text: 'Trump insists the deal will happen, though Ukraine remains cautious.', quote: 'the deal will happen', kind: 'indirect', speaker: 'Trump' }],
  counterExamples: ['Prices rose, though slowly, while the talks went on.'],
};

/** Fronted adverbials skipped when looking for a clause's subject ("However, Ukrainian officials …"). */
export const FRONTED_OPENERS: readonly string[] = [
  'however', 'meanwhile', 'also', 'still', 'yet', 'but', 'and', 'so', 'then', 'now', 'instead', 'indeed', 'separately', 'earlier', 'later',
  'in', 'on', 'at', 'after', 'before', 'during', 'despite', 'since', 'last', 'this', 'speaking', 'asked', 'ultimately', 'overall', 'again',
];

/** Subordinators that start a clause with its own subject ("…, while the Ukrainian leader hit back, saying …"). */
export const CLAUSE_BOUNDARIES: readonly string[] = ['while', 'whereas', 'and', 'but'];

/** Pronouns a tell-type verb can take as its hearer. */
export const HEARER_PRONOUNS: readonly string[] = ['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'lawmakers', 'parliament', 'congress', 'supporters', 'the press', 'media', 'broadcaster'];

/** Nouns whose that-clause is their own content, not a verb's report (gold README §4: nominalisations are not indirect speech). */
export const NOMINALISATIONS: WordsRule = {
  id: 'not-nominalisation',
  words: [
    'allegation', 'allegations', 'claim', 'claims', 'insistence', 'suggestion', 'suggestions', 'assertion', 'assertions', 'accusation', 'accusations',
    'concern', 'concerns', 'fear', 'fears', 'belief', 'beliefs', 'idea', 'notion', 'fact', 'hope', 'hopes', 'warning', 'warnings', 'assurance',
    'assurances', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'argument', 'arguments', 'view', 'charge', 'charges', 'news', 'reports',
    'evidence', 'sign', 'signs', 'promise', 'promises', 'pledge', 'threat', 'threats', 'message', 'word', 'impression', 'sense', 'assumption',
  ],
  reason: 'After "responded with unfounded allegations that …" the clause belongs to the noun, which the gold records as an event, not a quote.',
  examples: [{ text: 'Trump responded Tuesday with unfounded allegations that Zelensky “started” the war.', quote: 'started', kind: 'direct', speaker: 'Trump' }],
  counterExamples: ['The claim that he lied was widely debunked.'],
};

/** A wire dateline opening the first sentence ("WASHINGTON (Reuters) –"): the writer's, not the reported clause. */
export const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*\s*\([^)]{1,40}\)\s*[-–—]\s*/u;

/** Words that cannot open a reported clause ("said of Zelenskiy", "said goodbye", "said to wait"). */
export const NOT_CLAUSE_STARTS: readonly string[] = [
  'to', 'of', 'for', 'about', 'with', 'by', 'from', 'into', 'at', 'in', 'on', 'after', 'before', 'during', 'through', 'against', 'without', 'so',
  'yes', 'goodbye', 'hello', 'thanks', 'sorry', 'nothing', 'anything', 'little', 'much', 'more', 'and', 'or', 'but', 'as', 'than', 'then', 'when',
  'while', 'because', 'if', 'though', 'although', 'over', 'under', 'up', 'out', 'off', 'back', 'again', 'too', 'also', 'only', 'just', 'even',
];

/** Finite verb markers: a reported clause without "that" shows one within its first words ("said local officials should …"). */
export const FINITE_MARKERS: WordsRule = {
  id: 'frame-finite-verb',
  words: [
    'is', 'was', 'were', 'are', 'am', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does', 'do',
    "won't", "can't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't", "hadn't", "don't",
  ],
  reason: 'Without "that", a reported clause is recognised by a subject followed by a finite verb.',
  examples: [{ text: 'Johnson said local election officials should reach out to the federal government.', quote: 'local election officials should reach out to the federal government', kind: 'indirect', speaker: 'Johnson' }],
  counterExamples: ['He said on Feb. 15.'],
};
