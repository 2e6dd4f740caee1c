import { pollOnce, type PollReport } from './poll-once.js';
import type { WatchContext } from './source-poll.js';
import { loadWatchState, saveWatchState } from './state-file.js';

export interface WatchOptions extends WatchContext {
  sources: readonly string[];
  /** The JSON file the watch state is kept in between polls and runs. */
  statePath: string;
  /** Pause between the end of one poll and the start of the next. */
  intervalMs: number;
  /** One poll, then return (for tests and cron). */
  once: boolean;
  /** Aborting lets the current poll finish, then returns. */
  signal?: AbortSignal;
  onPoll: (report: PollReport) => void;
  /** One line about the watch itself (a corrupt state file, a state that could not be saved). */
  onWarning: (message: string) => void;
}

export interface WatchOutcome {
  polls: number;
  errors: number;
  issues: number;
}

/**
 * Polls the sources until aborted (or once), saving the state after every poll so a restart
 * picks up where this run stopped.
 * @example await runWatch({ store, settings, batchSize: 200, sources: ['news/'], statePath, intervalMs: 300_000, once: false, signal, onPoll: print, onWarning: warn })
 */
export async function runWatch(options: WatchOptions): Promise<WatchOutcome> {
  const loaded = await loadWatchState(options.statePath, options.store.location);
  if (loaded.warning !== null) options.onWarning(loaded.warning);
  let state = loaded.state;
  // An idle poll changes nothing: skip the write (and its fsync) when the state is as last saved.
  let saved = loaded.warning === null ? JSON.stringify(state) : '';
  const outcome: WatchOutcome = { polls: 0, errors: 0, issues: 0 };
  while (true) {
    const polled = await pollOnce(options.sources, state, options, outcome.polls + 1);
    state = polled.state;
    outcome.polls += 1;
    outcome.errors += polled.report.errors;
    outcome.issues += polled.report.issues;
    try {
      const json = JSON.stringify(state);
      if (json !== saved) {
        await saveWatchState(options.statePath, state);
        saved = json;
      }
    } catch (error) {
      // The next poll still knows; only a restart would read things again.
      options.onWarning(`cannot save the watch state to ${options.statePath} (${(error as Error).message}); a restart would read every source again`);
    }
    options.onPoll(polled.report);
    if (options.once || options.signal?.aborted) return outcome;
    await pause(options.intervalMs, options.signal);
    if (options.signal?.aborted) return outcome;
  }
}

/** Waits `ms`, or less when the signal aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
