/** Stable codes for storage failures, so callers and the API can branch without parsing messages. */
export type StoreErrorCode =
  | 'E_STORE_LOCATION'
  | 'E_STORE_CONNECT'
  | 'E_STORE_MIGRATE'
  | 'E_STORE_WRITE'
  | 'E_STORE_BUSY'
  | 'E_STORE_READ'
  | 'E_STORE_FILTER';

/** A storage failure as data: a stable code, a message, and a hint how to fix it. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly hint: string | null;

  constructor(code: StoreErrorCode, message: string, hint: string | null = null, cause?: unknown) {
    super(`[${code}] ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'StoreError';
    this.code = code;
    this.hint = hint;
  }
}

/** The message of anything thrown, for wrapping driver errors. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
