import type { GivenMetadata, Page, PageFormat } from '../../model/page.js';
import { contentId } from '../../pipeline/ids.js';

export const NO_METADATA: GivenMetadata = { url: null, outlet: null, title: null, published: null, author: null };

/** A page whose id is the hash of its format and text, so the same content always gets the same id. */
export function createPage(source: string, format: PageFormat, text: string, given: Partial<GivenMetadata>, bytes: number): Page {
  return { id: contentId('page', format, text), source, format, text, given: { ...NO_METADATA, ...withoutNulls(given) }, bytes };
}

/** Metadata from `preferred`, with gaps filled from `fallback`. */
export function mergeMetadata(preferred: Partial<GivenMetadata>, fallback: Partial<GivenMetadata>): GivenMetadata {
  return { ...NO_METADATA, ...withoutNulls(fallback), ...withoutNulls(preferred) };
}

function withoutNulls(given: Partial<GivenMetadata>): Partial<GivenMetadata> {
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null && v !== undefined));
}
