import type { QuoteRule, WordsRule } from './quote-rule.js';

/** Nouns that head descriptions of unnamed sources: the speaker is typed anonymous. */
export const SOURCE_HEADS: WordsRule = {
  id: 'speaker-source-head',
  words: ['source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'negotiator', 'negotiators', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics', 'lawmaker', 'lawmakers', 'witness', 'witnesses', 'resident', 'residents'],
  reason: 'Unnamed sources are typed speakers described as printed ("a source familiar with the negotiations").',
  examples: [{ text: 'The draft is unacceptable, a source familiar with the negotiations said.', quote: 'The draft is unacceptable', kind: 'indirect', speaker: 'a source familiar with the negotiations' }],
  counterExamples: ['The source code was published on Friday.'],
};

/** Words that open a complement saying what a source knows or where it sits. */
export const SOURCE_COMPLEMENTS: WordsRule = {
  id: 'speaker-source-complement',
  words: ['familiar', 'with', 'close', 'in', 'from', 'on', 'at', 'briefed', 'involved', 'knowledgeable', 'inside', 'within', 'for', 'of', 'who', 'speaking', 'granted'],
  reason: 'A complement ("with knowledge of the call", "in the Presidential Administration") belongs to the source description.',
  examples: [{ text: 'Putin is “afraid of you,” a Ukrainian official and three other sources with knowledge of the call tell Axios.', quote: 'Putin is “afraid of you,”', kind: 'indirect', speaker: 'a Ukrainian official and three other sources with knowledge of the call' }],
  counterExamples: ['The deal is done with knowledge of nobody.'],
};

/** Lower-case words that may sit inside a speaker phrase before its head ("senior", "national security"). */
export const SPEAKER_MODIFIERS: WordsRule = {
  id: 'speaker-modifier',
  words: [
    'other', 'senior', 'top', 'unnamed', 'anonymous', 'former', 'current', 'acting', 'deputy', 'chief', 'special', 'national', 'security',
    'foreign', 'defense', 'defence', 'treasury', 'state', 'interior', 'finance', 'economy', 'justice', 'health', 'trade', 'energy', 'vice', 'prime',
    'administration', 'government', 'military', 'intelligence', 'western', 'european', 'congressional', 'diplomatic', 'high-ranking', 'top-ranking',
    'knowledgeable', 'informed', 'local', 'regional', 'press', 'presidential', 'campaign', 'party', 'opposition', 'white', 'house', 'retired', 'shadow',
    'middle', 'east', 'envoy', 'state-owned',
  ],
  reason: 'Modifiers carry rank and side, not identity; they stay inside the speaker phrase.',
  examples: [{ text: 'Senior Ukrainian officials said the deal was dead.', quote: 'the deal was dead', kind: 'indirect', speaker: 'Senior Ukrainian officials' }],
  counterExamples: ['Senior citizens said nothing.'],
};

/** Office words: a phrase headed by one is a title ("the vice president"), before a name it is stripped. */
export const TITLE_WORDS: WordsRule = {
  id: 'speaker-title',
  words: [
    'president', 'minister', 'secretary', 'adviser', 'advisor', 'envoy', 'ambassador', 'chancellor', 'leader', 'premier', 'king', 'queen',
    'prince', 'pope', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'chairman', 'chairwoman',
    'chair', 'director', 'head', 'commander', 'general', 'gen.', 'lt.', 'col.', 'colonel', 'admiral', 'sgt.', 'speaker', 'spokesman', 'spokeswoman',
    'spokesperson', 'negotiator', 'counsel', 'attorney', 'judge', 'justice', 'chief', 'ceo', 'founder', 'editor', 'correspondent', 'commissioner',
    'ministry', 'department', 'government', 'administration', 'office', 'campaign', 'committee', 'agency', 'council', 'cabinet', 'embassy', 'kremlin',
    'report', 'statement', 'company', 'party', 'court', 'police', 'army', 'military', 'parliament', 'senate', 'union', 'bank', 'regulator',
  ],
  reason: 'A title or body word heads a description that refers to a named actor ("The Treasury secretary said …").',
  examples: [{ text: 'The Treasury secretary said last week that he gave a draft of the proposal to Zelensky.', quote: 'he gave a draft of the proposal to Zelensky', kind: 'indirect', speaker: 'The Treasury secretary' }],
  counterExamples: ['The head of the queue said nothing.'],
};

/** Body words among the titles: a phrase headed by one is an organisation, not a person. */
export const BODY_WORDS: readonly string[] = [
  'ministry', 'department', 'government', 'administration', 'office', 'campaign', 'committee', 'agency', 'council', 'cabinet', 'embassy', 'kremlin',
  'report', 'statement', 'company', 'party', 'court', 'police', 'army', 'military', 'parliament', 'senate', 'union', 'bank', 'regulator',
];

/** Honorifics before a surname ("Ms Hewitt"); stripped from the name. */
export const HONORIFICS: WordsRule = {
  id: 'speaker-honorific',
  words: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lord', 'lady', 'dame', 'prof', 'prof.', 'professor', 'rev.', 'st.'],
  reason: 'British and formal styles put an honorific before the surname.',
  examples: [{ text: 'It would mean paid leave would be increased to nine months, Ms Hewitt told the programme.', quote: 'It would mean paid leave would be increased to nine months', kind: 'indirect', speaker: 'Ms Hewitt' }],
  counterExamples: ['Mr Smith’s dog said nothing.'],
};

/** Personal pronouns that can be speakers, with the number they refer to. */
export const PRONOUNS: WordsRule & { plural: readonly string[]; male: readonly string[]; female: readonly string[] } = {
  id: 'speaker-pronoun',
  words: ['he', 'she', 'they', 'we', 'i', 'it'],
  plural: ['they', 'we'],
  male: ['he'],
  female: ['she'],
  reason: '"he said", "he added" take their speaker from the nearest fitting person named before.',
  examples: [{ text: '“This war is taking place inside Ukraine,” he said.', quote: 'This war is taking place inside Ukraine', kind: 'direct', speaker: 'he' }],
  counterExamples: ['“This war is taking place inside Ukraine,” the header read.'],
};

/** Determiners and numbers that open a speaker phrase. */
export const DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'multiple', 'both',
  'another', 'other', 'all', 'most', 'few', 'dozens', 'numerous', 'various', 'his', 'her', 'their', 'its', 'our',
];

/** Capitalised words that are not names: sentence openers, days, months, function words. */
export const NOT_NAMES: readonly string[] = [
  'the', 'a', 'an', 'but', 'and', 'or', 'however', 'meanwhile', 'also', 'in', 'on', 'at', 'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they',
  'we', 'i', 'his', 'her', 'their', 'its', 'our', 'when', 'while', 'after', 'before', 'as', 'if', 'despite', 'why', 'what', 'how', 'who', 'where',
  'last', 'next', 'earlier', 'later', 'still', 'yet', 'so', 'then', 'now', 'there', 'here', 'some', 'one', 'both', 'all', 'many', 'several',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'according', 'speaking', 'asked',
  'today', 'yesterday', 'tomorrow', 'update', 'read', 'watch', 'more', 'ahead', 'during', 'with', 'by', 'for', 'from', 'to', 'of', 'about', 'under',
];

/** Office words a description may use for a holder named with another ("the Ukrainian leader" for "Ukrainian President …"). */
export const TITLE_SYNONYMS: WordsRule & { groups: readonly (readonly string[])[] } = {
  id: 'speaker-title-synonym',
  words: ['leader', 'president', 'prime', 'chancellor', 'premier', 'king', 'queen'],
  groups: [['leader', 'president', 'prime', 'chancellor', 'premier', 'king', 'queen'], ['adviser', 'advisor']],
  reason: 'A description names the office in other words than the title before the name.',
  examples: [{ text: 'Ukrainian President Volodymyr Zelensky spoke. Later the Ukrainian leader hit back, saying the US president lives in a “disinformation space.”', quote: 'the US president lives in a “disinformation space.”', kind: 'indirect', speaker: 'the Ukrainian leader' }],
  counterExamples: ['The leader of the pack and the president of the club met.'],
};

/** Rank words: a description and its antecedent must agree on them ("the vice president" is not the president). */
export const TITLE_RANKS: WordsRule = {
  id: 'speaker-title-rank',
  words: ['vice', 'deputy', 'assistant', 'under', 'acting', 'former', 'shadow', 'associate'],
  reason: 'A rank word changes the office, so it must be shared for a description to refer back to a name.',
  examples: [{ text: 'Vice President Vance spoke. “Stop the bad-mouthing,” the vice president said.', quote: 'Stop the bad-mouthing', kind: 'direct', speaker: 'the vice president' }],
  counterExamples: ['The deputy head of the acting committee left.'],
};

/** Words that never head a described speaker ("the … said" needs a noun, not "the more"). */
export const NOT_HEADS: readonly string[] = [
  'who', 'which', 'that', 'this', 'these', 'those', 'it', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'be',
  'been', 'not', 'also', 'more', 'most', 'less', 'very', 'so', 'than', 'then', 'there', 'here', 'when', 'while', 'if', 'because', 'after', 'before',
  'same', 'other', 'first', 'last', 'next', 'new', 'only', 'time', 'times', 'year', 'years', 'day', 'days', 'week', 'weeks', 'month', 'months',
];

/** Nouns that head a description of a speaker that is neither a named person nor a source ("the announcer", "the poll"). */
export const GENERIC_HEAD: QuoteRule = {
  id: 'speaker-generic-noun',
  reason: 'A determiner and a common noun describe a speaker ("the ad’s narrator", "the poll", "Several cast members").',
  examples: [
    { text: 'As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep.”', quote: 'It’s 3 a.m., and your children are safe and asleep.', kind: 'direct', speaker: 'the announcer' },
    { text: 'Clinton beats Trump by 46 percent to 42 percent, according to the poll.', quote: 'Clinton beats Trump by 46 percent to 42 percent', kind: 'indirect', speaker: 'the poll' },
  ],
  counterExamples: ['The more he said, the worse it got.'],
};

/** Spellings of one side whose endings do not fold together ("U.S." and "American"); others fold by suffix ("Ukrainian"/"Ukraine"). */
export const SIDE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  us: ['us', 'usa', 'american', 'america', 'americans', 'united states'],
  uk: ['uk', 'british', 'britain', 'briton'],
  nl: ['dutch', 'netherlands'],
  ch: ['swiss', 'switzerland'],
};
