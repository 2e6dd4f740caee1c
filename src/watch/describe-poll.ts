import type { PollReport } from './poll-once.js';
import type { SourcePoll } from './source-poll.js';

/** One line per source for a terminal: what was new, or why nothing was. Errors are not here; see pollProblems. */
export function describePoll(report: PollReport): string[] {
  const time = report.startedAt.slice(11, 19);
  return report.sources.filter((s) => s.status !== 'error').map((s) => `${time} ${s.source}: ${describeSource(s)}`);
}

/** One line per source that failed and per item that could not be read, for stderr. */
export function pollProblems(report: PollReport): string[] {
  const lines: string[] = [];
  for (const s of report.sources) {
    if (s.error !== null) lines.push(`parley: ${s.error}`);
    for (const issue of s.issues) lines.push(`parley: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`);
  }
  return lines;
}

function describeSource(s: SourcePoll): string {
  const waiting = s.waiting > 0 ? `; ${plural(s.waiting, 'file')} still being written, next poll` : '';
  const took = ` (${s.seconds.toFixed(2)} s)`;
  if (s.status === 'not-modified') return `not modified (HTTP 304)${waiting}${took}`;
  if (s.status === 'unchanged') return `nothing new${waiting}${took}`;
  const unit = s.kind === 'folder' || s.kind === 'file' ? 'new or changed file' : s.kind === 'page' ? 'changed page' : 'new item';
  const problems = s.issues.length > 0 ? `; ${plural(s.issues.length, 'problem')}` : '';
  return `${plural(s.newItems, unit)} → ${plural(s.articlesNew, 'new article')}${problems}${waiting}${took}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
