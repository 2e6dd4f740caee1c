/**
 * Pinned accuracy floors on the built-in gold. CI fails when a change drops below one; raise
 * them when the pipeline improves, and lower one only with a note in the commit saying why.
 */
export const frontFloors = {
  segmentationRecall: 1,
  segmentationPrecision: 1,
  outletPrinted: 1,
  outletUnknownKept: 1,
  publishedPrinted: 1,
  publishedInferredWithinOneDay: 0.5,
  publishedInferredMaxDaysOff: 7,
  publishedWithEvidence: 1,
  furnitureRemoved: 1,
  bodyKept: 1,
} as const;
