import type { Context, Hono } from 'hono';
import { IssuesConfigError } from '../../config/issues-config.js';
import type { IssuesState } from '../data/issues-state.js';
import type { ModelSource } from '../data/model-source.js';
import type { StoreAccess } from '../data/store-access.js';
import { ApiError } from '../http/api-error.js';
import { limitBody } from '../http/body-limit.js';
import { requireToken } from '../http/require-token.js';
import { ingestBody } from './ingest-body.js';
import { ingestReply, type IngestOutcome } from './ingest-outcome.js';
import { parseIngestRequest } from './ingest-request.js';
import { ingestUrl, type UrlIngestSettings } from './ingest-url.js';

/** What the write API writes to: the store (opened per request) and the issue configuration. */
export interface WriteTargets {
  store: StoreAccess;
  issues: IssuesState;
}

export interface WriteApiOptions extends UrlIngestSettings {
  /** null: every write answers 403. */
  token: string | null;
  source: ModelSource;
  /** Absent for an app built without a store to write to (in-process tests): writes answer 403. */
  targets?: WriteTargets;
}

function targetsOf(o: WriteApiOptions): WriteTargets {
  if (!o.targets) throw new ApiError(403, 'E_WRITES_DISABLED', 'writes are disabled: this app was built without a store to write to');
  return o.targets;
}

async function ingest(c: Context, o: WriteApiOptions): Promise<Response> {
  const { store } = targetsOf(o);
  const request = parseIngestRequest(c.req.header('Content-Type'), new Uint8Array(await c.req.arrayBuffer()), c.req.query('name'));
  const outcome: IngestOutcome = await store.use((s) => (request.kind === 'url' ? ingestUrl(request.url, s, o) : ingestBody(request.bytes, request.source, request.contentType, s)));
  if (outcome.stored.some((p) => p.pageNew || p.articlesNew > 0)) await o.source.reload();
  const reply = ingestReply(outcome, o.source.current().model.articles.length);
  return c.json(reply.body, reply.status);
}

async function putIssues(c: Context, o: WriteApiOptions): Promise<Response> {
  const { issues } = targetsOf(o);
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch (err) {
    throw new ApiError(400, 'E_ISSUES_CONFIG_JSON', `the body is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    issues.replace(value);
  } catch (err) {
    if (err instanceof IssuesConfigError) throw new ApiError(400, err.code, `${err.message.replace(/^\[\w+\] /, '')}; ${err.hint}`);
    throw err;
  }
  await o.source.rebuild();
  return c.json({ ok: true, issues: issues.current(), file: issues.file });
}

/**
 * The write API: POST /api/ingest stores pages, PUT /api/config/issues sets the issue
 * configuration; both need the token and a body within the size limit. GET of the
 * configuration is a read, open like every page.
 */
export function registerWriteApi(app: Hono, o: WriteApiOptions): void {
  const guard = [requireToken(o.token), limitBody(o.maxBytes)] as const;
  app.post('/api/ingest', ...guard, (c) => ingest(c, o));
  app.put('/api/config/issues', ...guard, (c) => putIssues(c, o));
  app.get('/api/config/issues', (c) => c.json({ ok: true, issues: o.targets?.issues.current() ?? null, file: o.targets?.issues.file ?? null }));
}
