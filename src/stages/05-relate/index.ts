export { relateSources, NEAR_DUPLICATE_JACCARD, DERIVATION_SCORE, RELATE_VERSION, type RelateOptions, type RelateLayers } from './relate-sources.js';
export { outletKey } from './outlet-key.js';
export { independentOutlets } from '../../model/relation.js';
export { createMinHasher, estimateJaccard, type MinHasher } from './minhash.js';
export { shingleHashes, jaccardSorted, containmentSorted } from './shingles.js';
export { applyRelations } from './apply-relations.js';
