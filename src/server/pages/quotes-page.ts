import { z } from 'zod';
import { QuoteKind } from '../../model/quote.js';
import { foldText } from '../data/fold-text.js';
import type { ModelView } from '../data/model-view.js';
import { byLatest, QuoteRow, toQuoteRow } from '../data/quote-row.js';
import { ApiError } from '../http/api-error.js';
import { emptyState } from '../html/empty-state.js';
import { html } from '../html/escape.js';
import { quoteList } from '../html/quote-item.js';
import { definePage } from '../http/define-page.js';

const QuotesData = z.object({
  speaker: z.string().nullable().describe('the speaker filter in force: an actor id, or words of a name or description'),
  kind: QuoteKind.nullable(),
  speakers: z.array(z.object({ value: z.string(), label: z.string(), quotes: z.number().int() })),
  total: z.number().int(),
  quotes: z.array(QuoteRow),
});
type QuotesData = z.infer<typeof QuotesData>;

function loadQuotes(view: ModelView, query: URLSearchParams): QuotesData {
  const speaker = query.get('speaker')?.trim().slice(0, 200) || null;
  const rawKind = query.get('kind');
  const kind = rawKind ? QuoteKind.safeParse(rawKind) : null;
  if (kind && !kind.success) throw new ApiError(400, 'E_KIND', `kind must be direct or indirect, got '${(rawKind ?? '').slice(0, 40)}'`);
  const rows = view.model.quotes.map((q) => toQuoteRow(q, view)).sort(byLatest);
  const counts = new Map<string, { value: string; label: string; quotes: number }>();
  for (const q of rows) {
    const value = q.speaker ?? q.speakerLabel;
    counts.set(value, { value, label: q.speakerLabel, quotes: (counts.get(value)?.quotes ?? 0) + 1 });
  }
  const wanted = speaker ? foldText(speaker) : null;
  const matches = (q: QuoteRow): boolean => {
    if (!wanted || !speaker) return true;
    if (q.speaker === speaker) return true;
    const names = [q.speakerLabel, q.speakerText ?? '', ...(q.speaker ? view.actor(q.speaker)?.aliases ?? [] : [])];
    return names.some((n) => foldText(n).includes(wanted));
  };
  return {
    speaker,
    kind: kind?.success ? kind.data : null,
    speakers: [...counts.values()].sort((x, y) => y.quotes - x.quotes || x.label.localeCompare(y.label)),
    total: rows.length,
    quotes: rows.filter((q) => matches(q) && (!kind?.success || q.kind === kind.data)),
  };
}

function filterForm(d: QuotesData, asOf: string | null) {
  return html`<form class="filters" method="get" action="/quotes">
  <label>Speaker <select name="speaker"><option value="">anyone</option>${d.speakers.map((s) => html`<option value="${s.value}"${s.value === d.speaker ? html` selected` : ''}>${s.label} (${s.quotes})</option>`)}</select></label>
  <label>Kind <select name="kind"><option value="">both</option>${QuoteKind.options.map((k) => html`<option value="${k}"${k === d.kind ? html` selected` : ''}>${k}</option>`)}</select></label>
  ${asOf ? html`<input type="hidden" name="asOf" value="${asOf}">` : ''}<button type="submit">Filter</button>
</form>`;
}

export const quotesPage = definePage({
  name: 'quotes',
  path: '/quotes',
  nav: 'quotes',
  summary: 'Quotes and reported speech with speakers, media and dates; filter by speaker and kind',
  query: [
    { name: 'speaker', description: 'an actor id, or words of a speaker’s name, alias or description (case and accents ignored)' },
    { name: 'kind', description: 'direct or indirect' },
  ],
  schema: QuotesData,
  load: ({ view, query }) => loadQuotes(view, query),
  title: (d) => (d.speaker ? `Quotes: ${d.speakers.find((s) => s.value === d.speaker)?.label ?? d.speaker}` : 'Quotes'),
  view: (d, { asOf }) => html`<h1>Quotes</h1>
${filterForm(d, asOf)}
<p class="count">${d.quotes.length} of ${d.total} quotes</p>
${d.quotes.length > 0 ? quoteList(d.quotes, asOf) : emptyState(d.speaker ? `No quotes by '${d.speaker}'.` : 'No quotes found.')}`,
});
