import type { WordListRule } from './crosscheck-rule.js';

/**
 * Words two quotes can share without being about the same thing. Two short quotes of one speaker
 * that share another word ("disinformation") are candidates for the same words reported differently.
 */
export const QUOTE_FUNCTION_WORDS: WordListRule = {
  id: 'quote-function-words',
  reason: 'Shared "the", "of" or "is" says nothing about two quotes being the same remark.',
  words: [
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'into', 'about',
    'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
    'should', 'may', 'might', 'must', 'not', 'no', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'him', 'her', 'them',
    'us', 'our', 'your', 'my', 'his', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'so', 'very', 'just', 'all',
    'what', 'which', 'who', 'if', 'then', 'than', 'up', 'out', 'more', 'some', 'any',
  ],
  examples: ['of the', 'it is'],
  counterExamples: ['disinformation', 'deal'],
};
