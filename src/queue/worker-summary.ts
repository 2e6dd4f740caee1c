import type { InputIssue } from '../model/issue.js';
import type { WorkerEvent } from './worker-events.js';

/** What a worker did before it stopped; printed as one line or as JSON. */
export interface WorkerSummary {
  jobsDone: number;
  /** Jobs done whose input had a problem no retry can cure (listed in `problems`). */
  jobsWithProblems: number;
  /** Failed attempts that will be tried again. */
  attemptsFailed: number;
  /** Jobs that failed every attempt and went to the dead-letter queue. */
  jobsDeadLettered: number;
  pagesNew: number;
  pagesExisting: number;
  articlesNew: number;
  articlesExisting: number;
  problems: InputIssue[];
  deadLettered: { input: string; error: string }[];
  seconds: number;
}

/** Folds worker events into a summary; call `finish` when the worker has stopped. */
export function createWorkerSummary(): { add: (event: WorkerEvent) => void; finish: () => WorkerSummary } {
  const t0 = performance.now();
  const s: WorkerSummary = {
    jobsDone: 0, jobsWithProblems: 0, attemptsFailed: 0, jobsDeadLettered: 0, pagesNew: 0, pagesExisting: 0,
    articlesNew: 0, articlesExisting: 0, problems: [], deadLettered: [], seconds: 0,
  };
  return {
    add: (event) => {
      if (event.type === 'done') {
        s.jobsDone += 1;
        if (event.problems.length > 0) s.jobsWithProblems += 1;
        s.problems.push(...event.problems);
        s.pagesNew += event.summary.pagesNew;
        s.pagesExisting += event.summary.pagesExisting;
        s.articlesNew += event.summary.articlesNew;
        s.articlesExisting += event.summary.articlesExisting;
      } else if (event.type === 'retry') {
        s.attemptsFailed += 1;
      } else if (event.type === 'dead') {
        s.jobsDeadLettered += 1;
        s.deadLettered.push({ input: event.input, error: event.error });
      }
    },
    finish: () => ({ ...s, seconds: (performance.now() - t0) / 1000 }),
  };
}

/** One line saying what a worker did. */
export function describeWorkerSummary(s: WorkerSummary, where: string): string {
  const problems = s.jobsWithProblems > 0 ? `, ${s.jobsWithProblems} with problems` : '';
  const dead = s.jobsDeadLettered > 0 ? `; ${s.jobsDeadLettered} failed every attempt (in the dead-letter queue)` : '';
  const retried = s.attemptsFailed > 0 ? `; ${s.attemptsFailed} failed attempts retried` : '';
  return `worker: ${s.jobsDone} jobs done${problems}${dead}${retried} → ${s.articlesNew} new articles (${s.articlesExisting} already stored) in ${s.seconds.toFixed(1)} s; store: ${where}`;
}
