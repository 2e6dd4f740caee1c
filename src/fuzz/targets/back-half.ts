import fc from 'fast-check';
import { plainArticle } from '../../stages/06-language/plain-article.js';
import { anyText } from '../arbitraries/weird-text.js';
import { checkArticleDoc, runBackHalf } from '../check-article-doc.js';
import { defineFuzzTarget } from '../fuzz-target.js';

/** Publication days near now, at the calendar's edges, or unknown. */
export const publishedDay = fc.option(fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }) },
).map((d) => d.toISOString().slice(0, 10)), { nil: null, freq: 3 });

/** The per-article back half on arbitrary article text: weird Unicode, lone surrogates, giant tokens, quote storms. */
export const backHalfTarget = defineFuzzTarget({
  name: 'back-half',
  entry: 'language → dates → quotes → events',
  arbitrary: fc.record({ text: anyText, published: publishedDay }),
  check: ({ text, published }) => {
    const article = { ...plainArticle(text, 'fuzz'), published, publishedBasis: published === null ? 'unknown' as const : 'given' as const };
    checkArticleDoc(runBackHalf({ article }));
  },
});
