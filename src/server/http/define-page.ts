import { z } from 'zod';
import type { Context, Hono } from 'hono';
import { AsOfInfo, parseAsOf } from '../data/as-of.js';
import type { ModelSource } from '../data/model-source.js';
import type { ModelView } from '../data/model-view.js';
import type { SafeHtml } from '../html/escape.js';
import { renderErrorPage } from '../html/error-page.js';
import { renderLayout, type NavKey } from '../html/layout.js';
import { toApiError } from './api-error.js';

/** What a page loader gets: parsed route parameters, the query, and the model as of the requested date. */
export interface PageRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  view: ModelView;
}

/** What a view needs beyond its data: the as-of date its links must carry. */
export interface ViewContext {
  asOf: string | null;
}

/** A query parameter a page reads, for the OpenAPI description. */
export interface QueryParam {
  name: string;
  description: string;
}

export interface PageDefinition<S extends z.ZodObject> {
  /** Stable name, used as the OpenAPI operation id. */
  name: string;
  /** Route of the HTML page, e.g. '/actors/:id'; the JSON twin is the same path plus '.json'. */
  path: string;
  nav: NavKey;
  summary: string;
  query?: readonly QueryParam[];
  /** The page's data, which is exactly what the JSON twin returns beside `ok` and `asOf`. */
  schema: S;
  scripts?: readonly string[];
  load: (req: PageRequest) => z.output<S>;
  title: (data: z.output<S>) => string;
  view: (data: z.output<S>, ctx: ViewContext) => SafeHtml;
}

/** A page with its types erased, ready to register and to describe. */
export interface Page {
  name: string;
  path: string;
  /** Route of the JSON twin as Hono matches it. */
  jsonRoute: string;
  /** Path of the JSON twin as OpenAPI writes it, e.g. '/actors/{id}.json'. */
  jsonPath: string;
  pathParams: readonly string[];
  summary: string;
  query: readonly QueryParam[];
  /** The JSON twin's full response: `{ ok: true, asOf, ...data }`. */
  responseSchema: z.ZodObject;
  register: (app: Hono, source: ModelSource) => void;
}

const PARAM = /:([A-Za-z]+)/g;

/** The JSON twin's response: the page's data beside `ok` and the as-of information. */
function envelope<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  return z.object({ ok: z.literal(true), asOf: AsOfInfo }).extend(schema.shape);
}

/** A page that keeps its response type, so tests can parse its twin with its own schema. */
export type TypedPage<S extends z.ZodObject> = Page & { responseSchema: S extends z.ZodObject<infer T> ? ReturnType<typeof envelope<T>> : never };

/** Defines a page once; it is served as HTML at its path and as JSON with the same data at path + '.json'. */
export function definePage<S extends z.ZodObject>(def: PageDefinition<S>): TypedPage<S> {
  const pathParams = [...def.path.matchAll(PARAM)].map((m) => m[1] ?? '');
  const last = pathParams.at(-1);
  const endsInParam = last !== undefined && def.path.endsWith(`:${last}`);
  const jsonRoute = def.path === '/' ? '/index.json' : endsInParam ? `${def.path}{[^/]+\\.json}` : `${def.path}.json`;
  const jsonPath = (def.path === '/' ? '/index' : def.path).replace(PARAM, '{$1}') + '.json';
  const responseSchema = envelope(def.schema) as TypedPage<S>['responseSchema'];

  const handle = async (c: Context, json: boolean, source: ModelSource): Promise<Response> => {
    const url = new URL(c.req.url);
    try {
      const view = await source.view(parseAsOf(c.req.query('asOf')));
      const params: Record<string, string> = {};
      for (const name of pathParams) params[name] = c.req.param(name) ?? '';
      if (json && endsInParam && last) params[last] = (params[last] ?? '').replace(/\.json$/, '');
      const data = def.load({ params, query: url.searchParams, view });
      if (json) return c.json({ ok: true, asOf: view.asOf, ...data });
      const body = def.view(data, { asOf: view.asOf.date });
      return c.html(renderLayout({ title: def.title(data), nav: def.nav, url, asOf: view.asOf, body, scripts: def.scripts }));
    } catch (thrown) {
      const err = toApiError(thrown);
      if (err.status === 500) console.error(thrown);
      return json ? c.json(err.toBody(), err.status) : c.html(renderErrorPage(err, url), err.status);
    }
  };
  return {
    name: def.name, path: def.path, jsonRoute, jsonPath, pathParams, summary: def.summary, query: def.query ?? [], responseSchema,
    register: (app, source) => {
      // The twin first: '/actors/:id' would otherwise also match '/actors/42.json'.
      app.get(jsonRoute, (c) => handle(c, true, source));
      app.get(def.path, (c) => handle(c, false, source));
    },
  };
}
