import type { Evidence, PublishedBasis } from '../../model/article.js';

/** A publication date, how it is known, and the evidence for it. */
export interface PublishedFinding {
  published: string | null;
  basis: PublishedBasis;
  evidence: Evidence | null;
}
