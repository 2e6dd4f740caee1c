import { ingestInputs, type IngestRunOptions } from '../pipeline/ingest-run.js';
import type { IngestSummary } from '../pipeline/run-events.js';
import type { InputIssue } from '../model/issue.js';
import { splitIssues } from './retryable-issues.js';

/** What one job did: the ingest summary, and the problems no retry can cure. */
export interface JobOutcome {
  summary: IngestSummary;
  problems: InputIssue[];
}

/** Thrown for a job worth trying again; its message names every issue that made it so. */
export class RetryableJobError extends Error {
  constructor(readonly input: string, readonly issues: readonly InputIssue[]) {
    super(issues.map((i) => `[${i.code}] ${i.message}`).join('; '));
    this.name = 'RetryableJobError';
  }
}

/**
 * Ingests one job's input into the store, exactly as `parley ingest <input>` would. Throws
 * RetryableJobError when an issue may pass (the store or the network failing); pages stored
 * before that stay stored, and the retry finds them already there.
 */
export async function runIngestJob(input: string, options: IngestRunOptions): Promise<JobOutcome> {
  const summary = await ingestInputs([input], options);
  const { retryable, permanent } = splitIssues(summary.issues);
  if (retryable.length > 0) throw new RetryableJobError(input, retryable);
  return { summary, problems: permanent };
}
