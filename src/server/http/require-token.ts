import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` is the token. Both are hashed first so timingSafeEqual compares equal
 * lengths and the time taken says nothing about the token, not even its length.
 */
export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** The token a request carries as `Authorization: Bearer <token>`, or null. */
function bearerToken(c: Context): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Guards the write API: with no token configured every write is refused (403, the server is
 * read-only); otherwise the request must carry the token (401 when missing or wrong).
 */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) {
      throw new ApiError(403, 'E_WRITES_DISABLED', 'writes are disabled: this server is read-only; start it with --token <secret> (or PARLEY_API_TOKEN) to turn on the write API');
    }
    const given = bearerToken(c);
    if (given === null || !tokenMatches(token, given)) {
      c.header('WWW-Authenticate', 'Bearer realm="parley"');
      const why = given === null ? 'no token was sent' : 'the token is wrong';
      throw new ApiError(401, 'E_UNAUTHORIZED', `${why}: send the server's token as "Authorization: Bearer <token>"`);
    }
    await next();
  };
}
