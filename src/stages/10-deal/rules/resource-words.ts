import type { WordList } from './rule-types.js';

/** Goods a deal may hand over, named as a draft's terms: natural resources and assets in general, nothing of one deal. */
export const RESOURCE_WORDS: WordList = {
  id: 'resource-words',
  reason: 'A draft\'s terms list what changes hands; these nouns name resources and assets in any trade or minerals deal.',
  words: [
    'minerals', 'rare earths', 'rare earth', 'rare earth elements', 'rare earth metals', 'critical minerals', 'natural resources', 'resources', 'oil', 'gas', 'natural gas',
    'lithium', 'titanium', 'uranium', 'graphite', 'cobalt', 'nickel', 'copper', 'aluminium', 'aluminum', 'iron ore', 'coal', 'grain', 'ports', 'pipelines',
    'infrastructure', 'mines', 'mine', 'farmland', 'water', 'electricity', 'power plants',
  ],
  examples: [{ text: 'The minerals in question would include rare earth varieties, as well as titanium, uranium and lithium.', term: 'titanium' }],
  counterExamples: [{ text: 'The deal was about security guarantees.', term: '' }],
};
