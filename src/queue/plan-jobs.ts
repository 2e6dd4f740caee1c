import { resolve } from 'node:path';
import type { InputIssue } from '../model/issue.js';
import { discoverInputs } from '../stages/01-ingest/discover-inputs.js';

/** The jobs an enqueue will send, and what could not become a job. */
export interface JobPlan {
  /** One per file (folders expanded, recursively) or URL: absolute paths, so any worker's cwd will do. */
  inputs: string[];
  refused: InputIssue[];
  skippedHidden: number;
  skippedUnknown: number;
}

/**
 * Expands inputs the way `parley ingest` does (same discovery: sorted, hidden and unknown
 * files skipped) into one job input per file or URL. A feed or JSONL file stays one job:
 * ingest reads its items as one input, and an item cannot be named as an input on its own.
 */
export async function planJobs(inputs: readonly string[]): Promise<JobPlan> {
  const { tasks, skippedHidden, skippedUnknown } = await discoverInputs(inputs);
  const plan: JobPlan = { inputs: [], refused: [], skippedHidden, skippedUnknown };
  for (const task of tasks) {
    if (task.kind === 'file') plan.inputs.push(resolve(task.path));
    else if (task.kind === 'url') plan.inputs.push(task.url);
    else plan.refused.push(task.issue);
  }
  return plan;
}
