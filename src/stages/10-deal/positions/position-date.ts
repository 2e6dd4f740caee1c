import type { DateBasis } from '../../../model/deal.js';
import type { ArticleContext } from '../text/article-context.js';
import type { CueMatch } from './cue-match.js';
import type { Holder } from './holder.js';

/** When a stance was stated: the quote's date, a day named in the sentence, or the publication date. */
export function positionDate(ctx: ArticleContext, cue: CueMatch, holder: Holder): { date: string | null; basis: DateBasis } {
  const quote = ctx.quotes.find((q) => (holder.sourceId && q.id === holder.sourceId) || (q.start <= cue.start && cue.end <= q.end && q.date));
  if (quote?.date) return { date: quote.date, basis: 'quote' };
  const s = ctx.sentences[cue.sentence];
  const day = ctx.dates.find((d) => s && d.start >= s.start && d.end <= s.end && d.date && d.precision === 'day' && d.tense !== 'future');
  if (day?.date) return { date: day.date, basis: 'sentence' };
  if (ctx.article.published) return { date: ctx.article.published, basis: 'published' };
  return { date: null, basis: 'none' };
}
