import type { WordsRule } from './relate-rule.js';

/**
 * Words that say nothing of a text's content. A shared word n-gram counts as evidence of copying
 * only with at least two words outside this list. Examples are 4-grams that must not count;
 * counter-examples are 4-grams that must.
 */
export const FUNCTION_WORDS: WordsRule = {
  id: 'function-words',
  reason: 'Any two English texts share n-grams such as "one of the most" or "said that it was"; they prove nothing.',
  words: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'as', 'because', 'while', 'though', 'although',
    'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto', 'over', 'under', 'about', 'after', 'before',
    'between', 'among', 'through', 'during', 'without', 'within', 'against', 'toward', 'towards', 'up', 'down', 'out', 'off',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'done',
    'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', "n't",
    'it', 'its', "it's", 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs', 'we', 'us', 'our',
    'you', 'your', 'i', 'me', 'my', 'this', 'that', 'these', 'those', 'there', 'here', 'who', 'whom', 'whose', 'which', 'what',
    'when', 'where', 'why', 'how', 'all', 'any', 'some', 'such', 'each', 'every', 'both', 'either', 'neither', 'more', 'most',
    'much', 'many', 'other', 'another', 'also', 'only', 'just', 'very', 'too', 'even', 'still', 'now', 'again', 'ever', 'never',
    'said', 'says', 'say', 'saying', 'told', 'tell', 'added', 'according', 'one', 'two', 'new', 'last', 'first', 'year', 'years',
    'mr', 'mrs', 'ms', "he's", "she's", "they're", "we're", 'whether', 'like', 'well', 'since', 'until', 'per',
  ],
  examples: ['one of the most', 'said that it was', 'it would have been', 'according to the new'],
  counterExamples: ['rare earth minerals and', 'pressure from the administration', 'in its current form', 'a source familiar with'],
};
