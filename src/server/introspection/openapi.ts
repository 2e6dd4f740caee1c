import { z } from 'zod';
import { IssuesConfig } from '../../config/issues-config.js';
import { Actor } from '../../model/actor.js';
import { Article } from '../../model/article.js';
import { Event } from '../../model/event.js';
import { Quote } from '../../model/quote.js';
import { AsOfInfo } from '../data/as-of.js';
import { EventRow } from '../data/event-row.js';
import { PartStatus } from '../data/model-parts.js';
import { QuoteRow } from '../data/quote-row.js';
import { ActorSummary, ArticleRef } from '../data/refs.js';
import { IngestFailure, IngestResponse } from '../api/ingest-outcome.js';
import { ACCEPTED_TYPES } from '../api/ingest-request.js';
import { ApiErrorBody } from '../http/api-error.js';
import type { Page } from '../http/define-page.js';
import { ConfigInfo } from './config-info.js';
import { PipelineInfo } from './pipeline-info.js';
import { VersionsInfo } from './versions-info.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });
const pascal = (name: string): string => name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase());

const INTROSPECTION: readonly { path: string; id: string; schema: z.ZodType; summary: string }[] = [
  { path: '/-/pipeline.json', id: 'PipelineInfo', schema: PipelineInfo, summary: 'The pipeline stages in run order with requires, assigns and version' },
  { path: '/-/config.json', id: 'ConfigInfo', schema: ConfigInfo, summary: 'The resolved configuration (database password redacted)' },
  { path: '/-/versions.json', id: 'VersionsInfo', schema: VersionsInfo, summary: 'Parley, Node and dependency versions' },
];

/** JSON Schemas of the response shapes, from the zod schemas; shared shapes become components referenced by $ref. */
function componentSchemas(pages: readonly Page[]): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const shared: Record<string, z.ZodType> = {
    Article, Actor, Quote, Event, QuoteRow, EventRow, ArticleRef, ActorSummary, AsOfInfo, PartStatus, Error: ApiErrorBody,
    IngestResponse, IngestFailure, IssuesConfig, IssuesConfigResponse,
  };
  for (const [id, schema] of Object.entries(shared)) registry.add(schema, { id });
  for (const page of pages) registry.add(page.responseSchema, { id: `${pascal(page.name)}Page` });
  for (const i of INTROSPECTION) registry.add(i.schema, { id: i.id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => {
    const { $schema: _schema, $id: _id, ...rest } = s as Record<string, Json>;
    return [id, rest];
  }));
}

const IssuesConfigResponse = z.object({
  ok: z.literal(true),
  issues: IssuesConfig.nullable().describe('the issue configuration the model is built with; null when the app has no write targets'),
  file: z.string().nullable().describe('the file it is kept in across restarts (--issues), or null: memory only'),
});

const error = (description: string): Json => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const rateLimited: Json = { ...(error('too many requests from this address (--rate-limit, --write-rate-limit); wait Retry-After seconds') as object), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds until the window ends' } } };

const errorResponses: Record<string, Json> = {
  400: error('a malformed parameter (asOf, span, kind)'),
  404: error('no such id'),
  429: rateLimited,
};

/** Errors every write can answer: the token, the body size, the rate limit. */
const writeErrors: Record<string, Json> = {
  401: error('E_UNAUTHORIZED: no token or the wrong one; send "Authorization: Bearer <token>"'),
  403: error('E_WRITES_DISABLED: the server was started without a token (--token, PARLEY_API_TOKEN), so it is read-only'),
  413: error('E_TOO_LARGE: the body is over --max-bytes (default 25 MiB)'),
  429: rateLimited,
};

const json = (schema: Json): Json => ({ 'application/json': { schema } });

/** The write API and the issue configuration it sets. */
function writePaths(): Record<string, Json> {
  const raw = Object.fromEntries(ACCEPTED_TYPES.filter((t) => t !== 'application/json').map((t) => [t, { schema: { type: 'string' } }]));
  return {
    '/api/ingest': {
      post: {
        operationId: 'ingest', summary: 'Store pages: the body is page content read by its Content-Type, or {"url": "https://…"} to fetch', security: [{ bearer: [] }],
        parameters: [{ name: 'name', in: 'query', required: false, description: 'source name of the stored page (default "upload"); records and feed items get #index after it', schema: { type: 'string', maxLength: 500 } }],
        requestBody: {
          required: true,
          description: 'Content-Type picks the format as for files. A JSON object with only a "url" key is fetched through the address guard (loopback, private and link-local addresses refused unless --allow-private); other JSON is records ({text, title, outlet, published, …}).',
          content: { ...raw, 'application/json': { schema: { oneOf: [{ type: 'object', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'], additionalProperties: false }, { description: 'one record or an array of records' }] } } },
        },
        responses: {
          200: { description: 'at least one page was read; counts as `parley ingest --json` prints them, and the model now shows the new articles', content: json(ref('IngestResponse')) },
          400: error('E_BAD_URL, E_SCHEME (only http and https are fetched), E_BAD_NAME'),
          415: error('E_MEDIA_TYPE: a Content-Type ingest does not read'),
          422: { description: 'no page was read; `code` is the first issue\'s (E_BAD_JSON, E_EMPTY, E_PRIVATE_ADDRESS, E_FETCH, …) and `issues` lists them all', content: json(ref('IngestFailure')) },
          ...writeErrors,
        },
      },
    },
    '/api/config/issues': {
      get: { operationId: 'getIssuesConfig', summary: 'The issue configuration in force', responses: { 200: { description: 'the configuration', content: json(ref('IssuesConfigResponse')) }, 429: rateLimited } },
      put: {
        operationId: 'putIssuesConfig', summary: 'Replace the issue configuration (rename, merge, add, drop); the model is rebuilt with it at once', security: [{ bearer: [] }],
        requestBody: { required: true, content: json(ref('IssuesConfig')) },
        responses: {
          200: { description: 'the configuration now in force', content: json(ref('IssuesConfigResponse')) },
          400: error('E_ISSUES_CONFIG_JSON or E_ISSUES_CONFIG_SCHEMA, with how to fix it; the previous configuration stays'),
          ...writeErrors,
        },
      },
    },
  };
}

/** The OpenAPI 3.1 description of the JSON API: every page's twin, the introspection endpoints and the write API. */
export function buildOpenApi(pages: readonly Page[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const page of pages) {
    const parameters: Json[] = [
      ...page.pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      { name: 'asOf', in: 'query', required: false, description: 'only articles published on or before this day (YYYY-MM-DD); undated articles are left out', schema: { type: 'string', format: 'date' } },
      ...page.query.map((q) => ({ name: q.name, in: 'query', required: false, description: q.description, schema: { type: 'string' } })),
    ];
    paths[page.jsonPath] = {
      get: {
        operationId: page.name, summary: page.summary, parameters,
        responses: { 200: { description: `the ${page.name} page's data; the same page as HTML is at ${page.path}`, content: { 'application/json': { schema: ref(`${pascal(page.name)}Page`) } } }, ...errorResponses },
      },
    };
  }
  for (const i of INTROSPECTION) {
    paths[i.path] = { get: { operationId: i.id, summary: i.summary, responses: { 200: { description: i.summary, content: { 'application/json': { schema: ref(i.id) } } }, 429: rateLimited } } };
  }
  Object.assign(paths, writePaths());
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley', version,
      description: 'JSON API over the deal model. Every HTML page has a JSON twin at the same path with .json; errors are { ok: false, error, code, status }. '
        + 'Reads are open; the two writes need the server\'s token (--token or PARLEY_API_TOKEN) as a Bearer token and answer 403 when none is configured. '
        + 'Request bodies are limited to --max-bytes; each client address may send --rate-limit reads and --write-rate-limit writes a minute (429 with Retry-After past that).',
    },
    paths,
    components: { schemas: componentSchemas(pages), securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token the server was started with' } } },
  };
}
