import { z } from 'zod';
import { InputIssue } from '../../model/issue.js';

/** One page ingest read: its id, and how many of its articles were new to the store. */
export const StoredPage = z.object({
  source: z.string(), pageId: z.string(), articles: z.number().int(), articlesNew: z.number().int(), pageNew: z.boolean(),
});
export type StoredPage = z.infer<typeof StoredPage>;

/** What POST /api/ingest answers when at least one page was read: the same counts `parley ingest --json` prints. */
export const IngestResponse = z.object({
  ok: z.literal(true),
  complete: z.boolean().describe('false when some inputs (records, feed items) gave issues instead of pages'),
  pages: z.number().int(), pagesNew: z.number().int(), pagesExisting: z.number().int(),
  articles: z.number().int(), articlesNew: z.number().int(), articlesExisting: z.number().int(),
  stored: z.array(StoredPage),
  issues: z.array(InputIssue).describe('one per input that gave no page, with the same codes as the CLI (E_BAD_JSON, E_PRIVATE_ADDRESS, …)'),
  modelArticles: z.number().int().describe('articles in the model the server shows after the ingest'),
});
export type IngestResponse = z.infer<typeof IngestResponse>;

/** The error shape with the issues, for an ingest that read no page at all (422). */
export const IngestFailure = z.object({
  ok: z.literal(false), error: z.string(), code: z.string(), status: z.literal(422), issues: z.array(InputIssue),
});
export type IngestFailure = z.infer<typeof IngestFailure>;

/** The pages and issues of one ingest request, before the model is reloaded. */
export interface IngestOutcome {
  stored: StoredPage[];
  issues: InputIssue[];
}

/** The response body and status for an outcome: 200 when any page was read, else 422 naming the first issue. */
export function ingestReply(outcome: IngestOutcome, modelArticles: number): { status: 200; body: IngestResponse } | { status: 422; body: IngestFailure } {
  const { stored, issues } = outcome;
  if (stored.length === 0) {
    const first = issues[0];
    const error = first ? `${first.message}${first.hint ? ` (${first.hint})` : ''}` : 'the body gave no page';
    return { status: 422, body: { ok: false, error, code: first?.code ?? 'E_NO_PAGES', status: 422, issues } };
  }
  const sum = (f: (p: StoredPage) => number): number => stored.reduce((n, p) => n + f(p), 0);
  return {
    status: 200,
    body: {
      ok: true, complete: issues.length === 0,
      pages: stored.length, pagesNew: sum((p) => Number(p.pageNew)), pagesExisting: sum((p) => Number(!p.pageNew)),
      articles: sum((p) => p.articles), articlesNew: sum((p) => p.articlesNew), articlesExisting: sum((p) => p.articles - p.articlesNew),
      stored, issues, modelArticles,
    },
  };
}
