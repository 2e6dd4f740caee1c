import { Hono, type Context } from 'hono';
import type { ParleyConfig } from '../config.js';
import { registerWriteApi, type WriteTargets } from './api/write-api.js';
import type { ModelSource } from './data/model-source.js';
import { renderErrorPage } from './html/error-page.js';
import { ApiError, toApiError } from './http/api-error.js';
import { rateLimit } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { registerStaticAssets } from './http/static-assets.js';
import { describeConfig, type ServerAddress } from './introspection/config-info.js';
import { buildOpenApi } from './introspection/openapi.js';
import { describePipeline } from './introspection/pipeline-info.js';
import { describeVersions } from './introspection/versions-info.js';
import { ALL_PAGES } from './pages/all-pages.js';

export interface AppOptions {
  source: ModelSource;
  config: ParleyConfig;
  /** Where the server listens, for /-/config.json; absent in-process. */
  serverAddress?: () => ServerAddress | null;
  /** Where the write API writes; absent, writes answer 403 even with a token. */
  writes?: WriteTargets;
}

const wantsJson = (c: Context): boolean => c.req.path.endsWith('.json') || c.req.path.startsWith('/api/') || (c.req.header('Accept') ?? '').startsWith('application/json');

function errorResponse(c: Context, err: ApiError): Response {
  return wantsJson(c) ? c.json(err.toBody(), err.status) : c.html(renderErrorPage(err, new URL(c.req.url)), err.status);
}

/**
 * The web app: every page as HTML and JSON twin, introspection under /-/, the OpenAPI
 * description, the static assets, and the token-guarded write API (off unless a token is
 * configured); every client rate-limited. Tested in-process with `app.request('/path')`.
 * @example const app = createApp({ source: await createModelSource(() => store.listArticles(), buildModel), config })
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const { config } = options;
  app.use('*', securityHeaders);
  app.use('*', rateLimit({ reads: config.rateLimit, writes: config.writeRateLimit }));
  registerWriteApi(app, {
    token: config.apiToken, source: options.source, targets: options.writes,
    maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs, allowPrivateAddresses: config.allowPrivateAddresses,
  });
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', (c) => errorResponse(c, new ApiError(405, 'E_METHOD', `${c.req.method} is not allowed here: pages are read-only; writes go to POST /api/ingest and PUT /api/config/issues`)));
  registerStaticAssets(app);
  for (const page of ALL_PAGES) page.register(app, options.source);
  app.get('/-/pipeline.json', (c) => c.json(describePipeline(options.source)));
  app.get('/-/config.json', (c) => c.json(describeConfig(config, options.serverAddress?.() ?? null)));
  app.get('/-/versions.json', (c) => c.json(describeVersions()));
  const openApi = (() => {
    let doc: ReturnType<typeof buildOpenApi> | null = null;
    return () => (doc ??= buildOpenApi(ALL_PAGES, describeVersions().parley));
  })();
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.notFound((c) => errorResponse(c, new ApiError(404, 'E_NOT_FOUND', `no page at ${c.req.path}`)));
  app.onError((err, c) => {
    const apiError = toApiError(err);
    if (apiError.status === 500) console.error(err);
    return errorResponse(c, apiError);
  });
  return app;
}
