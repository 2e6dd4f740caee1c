import type PgBoss from 'pg-boss';
import type { InputIssue } from '../model/issue.js';
import { planJobs } from './plan-jobs.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, type IngestJobData, type JobPolicy } from './queue-settings.js';

export interface EnqueueSummary {
  /** Job inputs found: files and URLs. */
  inputs: number;
  /** Jobs added to the queue. */
  queued: number;
  /** Inputs already waiting in the queue (not yet taken by a worker): not queued twice. */
  alreadyQueued: number;
  /** Inputs that cannot become jobs (missing files, unsupported schemes); one line each. */
  issues: InputIssue[];
  skippedHidden: number;
  skippedUnknown: number;
}

/**
 * Sends one ingest job per file or URL. The input is the job's singleton key, so an input
 * still waiting is not queued again; one already taken is queued again (its worker may die),
 * which is safe because the store ignores what it already holds.
 */
export async function enqueueInputs(boss: PgBoss, inputs: readonly string[], policy: JobPolicy): Promise<EnqueueSummary> {
  const plan = await planJobs(inputs);
  const summary: EnqueueSummary = {
    inputs: plan.inputs.length, queued: 0, alreadyQueued: 0, issues: plan.refused,
    skippedHidden: plan.skippedHidden, skippedUnknown: plan.skippedUnknown,
  };
  const options: PgBoss.SendOptions = {
    retryLimit: policy.attempts - 1,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.timeoutSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
  for (const input of plan.inputs) {
    const data: IngestJobData = { input };
    // send() answers null when the singleton key is already waiting.
    const id = await boss.send(INGEST_QUEUE, data, { ...options, singletonKey: input });
    if (id === null) summary.alreadyQueued += 1;
    else summary.queued += 1;
  }
  return summary;
}
