/** A result that breaks one of the parser's promises (an offset, a schema, an oracle): a bug, but not a crash. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Throws InvariantError with `message` unless `condition` holds. */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new InvariantError(typeof message === 'string' ? message : message());
}

/** A half-open span lies inside a text of `length` characters. */
export function checkSpan(span: { start: number; end: number }, length: number, what: string): void {
  invariant(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length,
    () => `${what}: span ${span.start}–${span.end} is not inside the text (length ${length})`);
}

/** A span lies inside `text` and `text.slice(start, end)` is the text stored with it. */
export function checkSpanText(text: string, span: { start: number; end: number }, stored: string | null | undefined, what: string): void {
  checkSpan(span, text.length, what);
  invariant(stored === null || stored === undefined || text.slice(span.start, span.end) === stored,
    () => `${what}: text.slice(${span.start}, ${span.end}) is ${JSON.stringify(text.slice(span.start, span.end))}, stored ${JSON.stringify(stored)}`);
}

/** Validates `value` with a zod-like schema, as an invariant (the output contract). */
export function checkSchema(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  const first = parsed.error?.issues[0];
  invariant(parsed.success, () => `${what} breaks its schema at ${first?.path.map(String).join('.') || '(top)'}: ${first?.message ?? 'invalid'}`);
}

/** A well-formed YYYY-MM-DD that exists in the calendar. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // Date.UTC would read years below 100 as 19xx
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}
