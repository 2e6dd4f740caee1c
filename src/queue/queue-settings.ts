/** The queue ingest jobs go to, and the one a job goes to once it has failed every attempt. */
export const INGEST_QUEUE = 'parley-ingest';
export const DEAD_LETTER_QUEUE = 'parley-ingest-dead';

/** What one ingest job carries: one file (absolute path) or one http(s) URL. */
export interface IngestJobData {
  input: string;
}

/** How a job is retried and when a silent worker loses it; stored on each job when it is enqueued. */
export interface JobPolicy {
  /** Tries before the job is dead-lettered (the first try included). */
  attempts: number;
  /** Seconds before the first retry; each later retry waits about twice as long (with jitter). */
  retryDelaySeconds: number;
  /** Seconds a job may run; after that a worker that died holding it loses it and it is retried. */
  timeoutSeconds: number;
}

export const DEFAULT_JOB_POLICY: JobPolicy = { attempts: 3, retryDelaySeconds: 5, timeoutSeconds: 15 * 60 };

/** Checks a policy from flags, so a typo fails at enqueue time with the flag's name. */
export function checkJobPolicy(policy: JobPolicy): JobPolicy {
  const whole = (name: string, value: number, min: number): void => {
    if (!Number.isInteger(value) || value < min) throw new Error(`[E_QUEUE_OPTION] ${name} must be a whole number of at least ${min}, not ${value}`);
  };
  whole('--attempts', policy.attempts, 1);
  whole('--retry-delay', policy.retryDelaySeconds, 1);
  // pg-boss refuses expirations of 24 hours or more.
  whole('--job-timeout', policy.timeoutSeconds, 1);
  if (policy.timeoutSeconds >= 24 * 3600) throw new Error(`[E_QUEUE_OPTION] --job-timeout must be under 24 hours (86400 s), not ${policy.timeoutSeconds}`);
  return policy;
}
