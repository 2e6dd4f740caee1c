import type { Arbitrary } from 'fast-check';

/**
 * One fuzz target: a generator of inputs for one parser or entry point, and the property every
 * input must keep. `check` returns when the parser gave a result or its typed, clear error; it
 * throws `InvariantError` when a result breaks a promise (an offset, a schema); any other throw
 * is a crash. The runner adds the time budget.
 */
export interface FuzzTarget<T = unknown> {
  name: string;
  /** The function fuzzed, for the reader of the table: `decodeText`, `ingestBytes(html)`. */
  entry: string;
  arbitrary: Arbitrary<T>;
  // Method syntax keeps FuzzTarget<T> assignable to FuzzTarget<unknown> in the registry.
  check(input: T): void | Promise<void>;
}

export function defineFuzzTarget<T>(target: FuzzTarget<T>): FuzzTarget<T> {
  return target;
}
