import type { Page } from '../../model/page.js';

/** A Page around raw text, for tests and surveys. */
export function pageOf(text: string, source = 'test'): Page {
  return {
    id: 'page_test',
    source,
    format: 'text',
    text,
    given: { url: null, outlet: null, title: null, published: null, author: null },
    bytes: Buffer.byteLength(text),
  };
}
