import { resolve } from 'node:path';
import { pollSource } from './poll-source.js';
import type { SourcePoll, WatchContext } from './source-poll.js';
import type { WatchState } from './watch-state.js';

/** What one poll over all sources found. */
export interface PollReport {
  poll: number;
  startedAt: string;
  seconds: number;
  newItems: number;
  articlesNew: number;
  /** Sources that could not be read this poll. */
  errors: number;
  /** Problems with single items. */
  issues: number;
  sources: SourcePoll[];
}

/** The key a source's state is kept under: the absolute path, or the URL as given. */
export function stateKey(source: string): string {
  return /^https?:\/\//i.test(source) ? source : resolve(source);
}

/**
 * Polls every source once, one after another (the store takes one writer), and returns the
 * report and the next state. A source that fails keeps its state and does not stop the others.
 */
export async function pollOnce(sources: readonly string[], state: WatchState, ctx: WatchContext, poll = 1): Promise<{ report: PollReport; state: WatchState }> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const next: WatchState = { ...state, sources: { ...state.sources } };
  const polls: SourcePoll[] = [];
  for (const source of sources) {
    const key = stateKey(source);
    const polled = await pollSource(source, state.sources[key], ctx);
    next.sources[key] = polled.state;
    polls.push(polled.poll);
  }
  const report: PollReport = {
    poll,
    startedAt,
    seconds: (performance.now() - t0) / 1000,
    newItems: sum(polls, (p) => p.newItems),
    articlesNew: sum(polls, (p) => p.articlesNew),
    errors: polls.filter((p) => p.status === 'error').length,
    issues: sum(polls, (p) => p.issues.length),
    sources: polls,
  };
  return { report, state: next };
}

function sum(polls: SourcePoll[], of: (p: SourcePoll) => number): number {
  return polls.reduce((total, p) => total + of(p), 0);
}
