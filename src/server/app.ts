import { Hono, type Context } from 'hono';
import type { ParleyConfig } from '../config.js';
import type { ModelSource } from './data/model-source.js';
import { renderErrorPage } from './html/error-page.js';
import { ApiError, toApiError } from './http/api-error.js';
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
}

const wantsJson = (c: Context): boolean => c.req.path.endsWith('.json') || (c.req.header('Accept') ?? '').startsWith('application/json');

function errorResponse(c: Context, err: ApiError): Response {
  return wantsJson(c) ? c.json(err.toBody(), err.status) : c.html(renderErrorPage(err, new URL(c.req.url)), err.status);
}

/**
 * The read-only web app: every page as HTML and JSON twin, introspection under /-/, the OpenAPI
 * description, and the static assets; tested in-process with `app.request('/path')`.
 * @example const app = createApp({ source: await createModelSource(() => store.listArticles(), buildModel), config })
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', (c) => errorResponse(c, new ApiError(405, 'E_METHOD', `${c.req.method} is not allowed: the server is read-only`)));
  registerStaticAssets(app);
  for (const page of ALL_PAGES) page.register(app, options.source);
  app.get('/-/pipeline.json', (c) => c.json(describePipeline(options.source)));
  app.get('/-/config.json', (c) => c.json(describeConfig(options.config, options.serverAddress?.() ?? null)));
  app.get('/-/versions.json', (c) => c.json(describeVersions()));
  const openApi = (() => {
    let doc: ReturnType<typeof buildOpenApi> | null = null;
    return () => (doc ??= buildOpenApi(ALL_PAGES, describeVersions().parley));
  })();
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.notFound((c) => errorResponse(c, new ApiError(404, 'E_NOT_FOUND', `no page at ${c.req.path}`)));
  app.onError((err, c) => {
    console.error(err);
    return errorResponse(c, toApiError(err));
  });
  return app;
}
