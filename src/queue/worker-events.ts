import type { InputIssue } from '../model/issue.js';
import type { IngestSummary } from '../pipeline/run-events.js';

/** What a worker reports, one event per job outcome; the terminal lines and the JSON log are two readers of it. */
export type WorkerEvent =
  | { type: 'started'; concurrency: number; once: boolean }
  /** A job was taken from the queue and is running. */
  | { type: 'taken'; jobId: string; input: string; attempt: number }
  | { type: 'done'; jobId: string; input: string; attempt: number; summary: IngestSummary; problems: InputIssue[] }
  /** The attempt failed and the job will be tried again after a back-off. */
  | { type: 'retry'; jobId: string; input: string; attempt: number; attempts: number; error: string; retryInSeconds: number }
  /** The last attempt failed: the job now sits in the dead-letter queue. */
  | { type: 'dead'; jobId: string; input: string; attempts: number; error: string; deadLetterQueue: string }
  /** The queue could not be told how a job ended; it comes back after its timeout (at-least-once). */
  | { type: 'unacknowledged'; jobId: string; input: string; error: string }
  /** The queue itself could not be asked (the database went away); the worker keeps polling. */
  | { type: 'queue-error'; error: string }
  | { type: 'stopping'; reason: string };

export type WorkerReporter = (event: WorkerEvent) => void;
