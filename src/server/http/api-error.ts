import { z } from 'zod';

/** The API's one error shape: `{ ok: false, error, code, status }`. */
export const ApiErrorBody = z.object({
  ok: z.literal(false),
  error: z.string().describe('what went wrong and how to fix it'),
  code: z.string().describe('stable error code, e.g. E_NOT_FOUND'),
  status: z.number().int(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 429 | 500;

/** An error a page loader throws; the route turns it into the error shape (JSON) or an error page (HTML). */
export class ApiError extends Error {
  constructor(readonly status: ErrorStatus, readonly code: string, message: string) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return { ok: false, error: this.message, code: this.code, status: this.status };
  }
}

/** Anything thrown, as an ApiError: unexpected failures become a 500 that names the message, not a stack. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(500, 'E_INTERNAL', `internal error: ${message}`);
}

export function notFound(what: string, id: string, hint = ''): ApiError {
  return new ApiError(404, 'E_NOT_FOUND', `no ${what} with id '${id}'${hint ? ` (${hint})` : ''}`);
}
