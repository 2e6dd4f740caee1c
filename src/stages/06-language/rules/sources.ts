import type { LanguageRule, WordListRule } from './rule.js';

/** Nouns that name unnamed sources and officials. */
export const SOURCE_HEADS: WordListRule = {
  id: 'source-head',
  words: ['source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'negotiators', 'negotiator'],
  reason: 'Unnamed sources are typed speakers; these nouns head their descriptions.',
  examples: ['a source familiar with the negotiations said.'],
  counterExamples: ['The source code was published.'],
};

/** Words that may stand between a determiner and a source noun ("three other sources", "senior Ukrainian officials"). */
export const SOURCE_MODIFIERS: WordListRule = {
  id: 'source-modifier',
  words: [
    'other', 'senior', 'top', 'unnamed', 'anonymous', 'former', 'current', 'administration', 'government', 'military',
    'intelligence', 'western', 'european', 'arab', 'gulf', 'congressional', 'defense', 'defence', 'security', 'diplomatic',
    'high-ranking', 'top-ranking', 'knowledgeable', 'informed', 'ukrainian', 'local', 'regional', 'foreign', 'several',
  ],
  reason: 'Modifiers of unnamed sources carry rank and side but not identity.',
  examples: ['senior Ukrainian officials said.'],
  counterExamples: ['The senior class.'],
};

/** Determiners and numbers that open a source description ("a", "one", "three", "several"). */
export const SOURCE_DETERMINERS: WordListRule = {
  id: 'source-determiner',
  words: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'multiple', 'many', 'the', 'other', 'both', 'dozens', 'two dozen'],
  reason: 'A counted or indefinite source is a typed anonymous speaker; "the source" refers back to one.',
  examples: ['One U.S. official suggested that.'],
  counterExamples: ['Officials are busy.'],
};

/** Complements that say what a source knows or where it sits. */
export const SOURCE_COMPLEMENTS: WordListRule = {
  id: 'source-complement',
  words: [
    'familiar with', 'with knowledge of', 'with direct knowledge of', 'with knowledge', 'close to', 'briefed on',
    'involved in', 'in', 'from', 'at', 'on both sides', 'on', 'with', 'inside', 'within', 'knowledgeable about',
  ],
  reason: 'A complement ("familiar with the negotiations", "in the Presidential Administration") identifies the source type.',
  examples: ['three sources with knowledge tell Axios.', 'an official from the Ukrainian Presidential Administration confirmed it.'],
  counterExamples: ['The talks were familiar.'],
};

/** Nouns after which "official" or "source" is a modifier ("an official visit", "the source code"). */
export const SOURCE_MODIFIED_NOUNS: WordListRule = {
  id: 'source-noun-modified',
  words: [
    'visit', 'visits', 'residence', 'figures', 'data', 'statistics', 'code', 'material', 'materials', 'document', 'documents',
    'language', 'report', 'reports', 'website', 'statement', 'statements', 'channels', 'channel', 'trip', 'ceremony', 'count',
    'results', 'result', 'estimate', 'estimates', 'name', 'title', 'position', 'capacity', 'business', 'duties', 'rate',
    'rates', 'record', 'records', 'text', 'version', 'list', 'photo', 'portrait', 'status', 'request', 'requests', 'complaint',
    'investigation', 'inquiry', 'meeting', 'talks', 'languages', 'announcement', 'opening', 'launch', 'bodies', 'body',
    'line', 'policy', 'sources', 'file', 'files', 'of', 'energy', 'country', 'countries', 'material',
  ],
  reason: 'In "an official visit" or "the source code" the word is a modifier, not an unnamed speaker.',
  examples: ['An official visit took place.', 'The source code was published.'],
  counterExamples: ['The source said it was over.'],
};

/** Words that end the object of a source complement ("a source familiar with the negotiations revealed …"). */
export const SOURCE_OBJECT_ENDS: WordListRule = {
  id: 'source-object-end',
  words: [
    'and', 'or', 'but', 'who', 'that', 'which', 'said', 'say', 'says', 'tell', 'tells', 'told', 'to', 'revealed', 'added',
    'confirmed', 'suggested', 'claimed', 'reported', 'warned', 'noted', 'insisted', 'explained', 'described', 'was', 'were',
    'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'on', 'in',
    'as', 'because', 'after', 'before', 'when', 'while', 'since', 'last', 'this', 'earlier', 'later', 'spoke', 'speaking',
    'declined', 'requested', 'asked',
  ],
  reason: 'The object of a complement is a short noun phrase; a verb or a clause word ends it.',
  examples: ['A source familiar with the negotiations revealed that the draft was unfair.'],
  counterExamples: ['A source said so.'],
};

/** How a source description is built; the mention records which shape matched. */
export const SOURCE_PATTERNS: readonly LanguageRule[] = [
  {
    id: 'source-with-complement',
    reason: 'A source described by what it knows or where it sits is a typed anonymous speaker.',
    examples: ['according to a source familiar with the negotiations.', 'a Ukrainian official and three other sources with knowledge of the call tell Axios.'],
    counterExamples: ['He was familiar with the negotiations.'],
  },
  {
    id: 'source-counted',
    reason: 'A counted or indefinite official ("a Ukrainian official", "one U.S. official") is an anonymous speaker.',
    examples: ['a Ukrainian official, a U.S. official and three sources tell Axios.', 'One U.S. official suggested that.'],
    counterExamples: ['An official visit took place.'],
  },
  {
    id: 'source-national',
    reason: 'Officials named only by their side ("U.S. officials", "senior Ukrainian officials") speak for that side.',
    examples: ['U.S. officials met with Putin’s advisers.', 'American and Ukrainian officials met on Friday.'],
    counterExamples: ['Officials are busy.'],
  },
  {
    id: 'source-definite',
    reason: '"The source", "the official", "the US official" refer back to a source already introduced.',
    examples: ['"It is done," the source said.', 'The US official said Kellogg’s visit had led to meetings.'],
    counterExamples: ['The source code was published.'],
  },
  {
    id: 'source-possessed',
    reason: 'An outlet\'s source ("Reuters\' source") is anonymous, and the outlet is not its speaker.',
    examples: ['"It is antagonistic," Reuters\' source said.'],
    counterExamples: ['Reuters reported the figures.'],
  },
];
