/**
 * A pipeline stage: a named value with declared inputs and outputs. The engine refuses a
 * pipeline whose stage requires a field that no earlier stage assigns.
 */
export interface Stage<D extends object> {
  name: string;
  version: string;
  requires: readonly (keyof D & string)[];
  assigns: readonly (keyof D & string)[];
  run: (doc: D) => D;
}

export function defineStage<D extends object>(stage: Stage<D>): Stage<D> {
  return stage;
}
