import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { InputIssue } from '../../model/issue.js';
import { resolvePublicHost } from './guard-address.js';
import { errorReason, formatBytes, ingestIssue } from './ingest-issue.js';
import type { IngestSettings } from './ingest-options.js';

export type Fetched =
  | { ok: true; url: string; bytes: Uint8Array; contentType: string | null }
  | { ok: false; issue: InputIssue };

/** What a server said about a resource last time, sent back so it can answer 304 Not Modified. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchedIfChanged =
  | { ok: true; notModified: true; validators: Validators }
  | { ok: true; notModified: false; url: string; bytes: Uint8Array; contentType: string | null; validators: Validators }
  | { ok: false; issue: InputIssue };

export type FetchSettings = Pick<IngestSettings, 'maxBytes' | 'fetchTimeoutMs' | 'allowPrivateAddresses' | 'userAgent'>;

const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5';

/**
 * Fetches an http(s) URL within a time limit and a size limit. Every hop (redirects included)
 * is checked against private addresses, and the connection goes to the address that was
 * checked, so DNS cannot answer differently the second time.
 */
export async function fetchUrl(input: string, settings: FetchSettings): Promise<Fetched> {
  const fetched = await fetchIfChanged(input, settings, null);
  if (!fetched.ok) return fetched;
  // Never true here: a 304 counts as not modified only when validators were sent (else it is an HTTP error).
  if (fetched.notModified) return { ok: false, issue: ingestIssue(input, 'E_FETCH', 'HTTP 304 Not Modified') };
  return { ok: true, url: fetched.url, bytes: fetched.bytes, contentType: fetched.contentType };
}

/**
 * fetchUrl as a conditional GET: sends If-None-Match / If-Modified-Since from `previous` and
 * reports a 304 as `notModified`, without a body, with the validators to send next time.
 * @example const r = await fetchIfChanged(url, settings, { etag: '"v1"', lastModified: null }); if (r.ok && r.notModified) skip();
 */
export async function fetchIfChanged(input: string, settings: FetchSettings, previous: Validators | null): Promise<FetchedIfChanged> {
  const fail = (code: Parameters<typeof ingestIssue>[1], reason: string): FetchedIfChanged => ({ ok: false, issue: ingestIssue(input, code, reason) });
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail('E_BAD_URL', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('E_SCHEME', `unsupported URL scheme ${url.protocol}`);
  const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.fetchTimeoutMs);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const host = await untilAborted(resolvePublicHost(url.hostname, settings.allowPrivateAddresses), controller.signal);
      if (!host.ok) return fail(host.code, redirects > 0 ? `redirected to ${url.href}; ${host.reason}` : host.reason);
      const response = await request(url, host.addresses, headers, controller.signal);
      const status = response.statusCode ?? 0;
      const validators = validatorsOf(response, previous);
      if (status === 304 && previous !== null) {
        response.resume();
        return { ok: true, notModified: true, validators };
      }
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) return fail('E_FETCH', `more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail('E_SCHEME', `redirected to unsupported URL scheme ${next.protocol}`);
        url = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return fail('E_FETCH', `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}${url.href === input ? '' : ` from ${url.href}`}`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > settings.maxBytes) {
        response.destroy();
        return fail('E_TOO_LARGE', `${formatBytes(declared)} (Content-Length) is over the ${formatBytes(settings.maxBytes)} limit`);
      }
      const body = await readBody(response, settings.maxBytes);
      if (body === 'too-large') return fail('E_TOO_LARGE', `the response passed the ${formatBytes(settings.maxBytes)} limit; stopped reading`);
      if (body === 'bad-encoding') return fail('E_FETCH', `unsupported Content-Encoding ${String(response.headers['content-encoding'])}`);
      return { ok: true, notModified: false, url: url.href, bytes: body, contentType: response.headers['content-type'] ?? null, validators };
    }
  } catch (error) {
    if (controller.signal.aborted) return fail('E_FETCH', `timed out after ${settings.fetchTimeoutMs / 1000} s`);
    return fail('E_FETCH', networkReason(error));
  } finally {
    clearTimeout(timer);
  }
}

// A 304 may omit the validators; the ones sent stay valid then.
function validatorsOf(response: IncomingMessage, previous: Validators | null): Validators {
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  return {
    etag: typeof etag === 'string' && etag !== '' ? etag : response.statusCode === 304 ? previous?.etag ?? null : null,
    lastModified: typeof lastModified === 'string' && lastModified !== '' ? lastModified : response.statusCode === 304 ? previous?.lastModified ?? null : null,
  };
}

function request(url: URL, addresses: LookupAddress[], headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(url, { headers, agent: false, signal, lookup: pinnedLookup(addresses) }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** A lookup that answers with the addresses already resolved and checked. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const usable = addresses.filter((a) => !options.family || a.family === options.family);
    if ((options as { all?: boolean }).all) return callback(null, usable);
    const first = usable[0] ?? addresses[0]!;
    callback(null, first.address, first.family);
  };
}

/** The body, decompressed, or a reason; reading stops as soon as it passes `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array | 'too-large' | 'bad-encoding'> {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let source: Readable = response;
  if (encoding !== 'identity' && encoding !== '') {
    const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : ['gzip', 'x-gzip', 'deflate'].includes(encoding) ? zlib.createUnzip() : null;
    if (decoder === null) {
      response.destroy();
      return 'bad-encoding';
    }
    response.on('error', (error) => decoder.destroy(error));
    source = response.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) {
      response.destroy();
      source.destroy();
      return 'too-large';
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function networkReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset by the server';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `host unreachable (${code})`;
  if (code === 'ETIMEDOUT') return 'connection timed out';
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return `TLS error (${code})`;
  if (code.startsWith('Z_')) return `the compressed body is corrupt (${code})`;
  return errorReason(error);
}
