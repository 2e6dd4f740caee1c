import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatBytes } from '../../stages/01-ingest/ingest-issue.js';
import { ApiError } from './api-error.js';

/** Refuses request bodies over `maxBytes` with a 413 in the one error shape, before the handler reads them. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'E_TOO_LARGE', `the request body is over the ${formatBytes(maxBytes)} limit; raise it with --max-bytes (PARLEY_MAX_BYTES) or send less`);
    },
  });
}
