import type { Stage } from './define-stage.js';

export class PipelineError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Checks that every stage's requirements are met by the initial fields or an earlier stage. */
export function checkPipeline<D extends object>(stages: readonly Stage<D>[], initial: readonly string[]): void {
  const assigned = new Set<string>(initial);
  for (const stage of stages) {
    for (const field of stage.requires) {
      if (!assigned.has(field)) {
        throw new PipelineError('E_STAGE_REQUIRES', `[E_STAGE_REQUIRES] stage '${stage.name}' requires '${field}', which no earlier stage assigns; put the stage that assigns it first`);
      }
    }
    for (const field of stage.assigns) assigned.add(field);
  }
}

export interface StageFailure {
  stage: string;
  message: string;
}

/**
 * Runs the stages in order on one document. A stage that throws leaves the document as the
 * previous stage made it and the failure is returned, so one bad document never stops a run.
 */
export function runStages<D extends object>(stages: readonly Stage<D>[], doc: D): { doc: D; failure: StageFailure | null; timings: Record<string, number> } {
  let current = doc;
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    const t0 = performance.now();
    try {
      current = stage.run(current);
    } catch (err) {
      return { doc: current, failure: { stage: stage.name, message: err instanceof Error ? err.message : String(err) }, timings };
    } finally {
      timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
    }
  }
  return { doc: current, failure: null, timings };
}
