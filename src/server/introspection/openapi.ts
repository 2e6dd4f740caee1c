import { z } from 'zod';
import { Actor } from '../../model/actor.js';
import { Article } from '../../model/article.js';
import { Event } from '../../model/event.js';
import { Quote } from '../../model/quote.js';
import { AsOfInfo } from '../data/as-of.js';
import { EventRow } from '../data/event-row.js';
import { PartStatus } from '../data/model-parts.js';
import { QuoteRow } from '../data/quote-row.js';
import { ActorSummary, ArticleRef } from '../data/refs.js';
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
  const shared: Record<string, z.ZodType> = { Article, Actor, Quote, Event, QuoteRow, EventRow, ArticleRef, ActorSummary, AsOfInfo, PartStatus, Error: ApiErrorBody };
  for (const [id, schema] of Object.entries(shared)) registry.add(schema, { id });
  for (const page of pages) registry.add(page.responseSchema, { id: `${pascal(page.name)}Page` });
  for (const i of INTROSPECTION) registry.add(i.schema, { id: i.id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => {
    const { $schema: _schema, $id: _id, ...rest } = s as Record<string, Json>;
    return [id, rest];
  }));
}

const errorResponses: Record<string, Json> = {
  400: { description: 'a malformed parameter (asOf, span, kind)', content: { 'application/json': { schema: ref('Error') } } },
  404: { description: 'no such id', content: { 'application/json': { schema: ref('Error') } } },
};

/** The OpenAPI 3.1 description of the JSON API: every page's twin and the introspection endpoints. */
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
    paths[i.path] = { get: { operationId: i.id, summary: i.summary, responses: { 200: { description: i.summary, content: { 'application/json': { schema: ref(i.id) } } } } } };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Parley', version, description: 'Read-only JSON API over the deal model. Every HTML page has a JSON twin at the same path with .json; errors are { ok: false, error, code, status }.' },
    paths,
    components: { schemas: componentSchemas(pages) },
  };
}
