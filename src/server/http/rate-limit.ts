import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

/**
 * A fixed window per client, written here rather than taken from npm: the Hono rate-limit
 * packages pull in unstorage and its drivers for what is one Map and a clock.
 * Each client's window starts at its first request; a client may burst up to twice the
 * limit across a window edge, which is fine for keeping one client from swamping the server.
 */
export interface RateLimiter {
  /** Counts a request; null when allowed, else the seconds until the client may try again. */
  hit(client: string): number | null;
}

export interface RateLimitOptions {
  /** Requests per window; 0 or less turns the limit off. */
  limit: number;
  windowMs?: number;
  now?: () => number;
}

export function createRateLimiter({ limit, windowMs = 60_000, now = Date.now }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    hit(client) {
      if (limit <= 0) return null;
      const t = now();
      // Drop finished windows once per window, so the map holds only recent clients.
      if (t - lastSweep >= windowMs) {
        for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
        lastSweep = t;
      }
      let w = windows.get(client);
      if (!w || t - w.start >= windowMs) {
        w = { start: t, count: 0 };
        windows.set(client, w);
      }
      w.count += 1;
      return w.count > limit ? Math.max(1, Math.ceil((w.start + windowMs - t) / 1000)) : null;
    },
  };
}

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The address the request came from: the TCP peer, never X-Forwarded-For, which any client
 * can set. In-process requests (tests calling `app.request`) have no socket and share one key.
 */
export function clientAddress(c: Context): string {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'in-process';
}

const isWrite = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/** Answers 429 with Retry-After once a client passes its reads or writes per minute. */
export function rateLimit(limits: { reads: number; writes: number }): MiddlewareHandler {
  const reads = createRateLimiter({ limit: limits.reads });
  const writes = createRateLimiter({ limit: limits.writes });
  return async (c, next) => {
    const write = isWrite(c.req.method);
    const retryAfter = (write ? writes : reads).hit(clientAddress(c));
    if (retryAfter !== null) {
      c.header('Retry-After', String(retryAfter));
      const limit = write ? limits.writes : limits.reads;
      throw new ApiError(429, 'E_RATE_LIMIT', `too many ${write ? 'writes' : 'requests'}: at most ${limit} a minute from one address; try again in ${retryAfter} s (the limits are --rate-limit and --write-rate-limit)`);
    }
    await next();
  };
}
