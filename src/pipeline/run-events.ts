import type { InputIssue } from '../model/issue.js';

/** The one event stream of a run; the progress bar, the JSON log and the dashboard feed are its reporters. */
export type RunEvent =
  | { type: 'discovered'; total: number }
  /** One input item read and processed (stored later, in its batch). */
  | { type: 'processed'; source: string }
  | { type: 'page'; source: string; pageId: string; articles: number; articlesNew: number; pageNew: boolean }
  | { type: 'issue'; issue: InputIssue }
  | { type: 'done'; summary: IngestSummary };

export interface IngestSummary {
  inputs: number;
  pages: number;
  pagesNew: number;
  pagesExisting: number;
  articles: number;
  articlesNew: number;
  articlesExisting: number;
  issues: InputIssue[];
  bytes: number;
  seconds: number;
  stageMs: Record<string, number>;
}

export type RunReporter = (event: RunEvent) => void;
