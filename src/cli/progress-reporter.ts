import { SingleBar, Presets } from 'cli-progress';
import type { RunEvent, RunReporter } from '../pipeline/run-events.js';

/** Reports a run on a terminal: a progress bar on stderr, and one line per problem above it. */
export function createTerminalReporter(stream: NodeJS.WriteStream = process.stderr): RunReporter {
  const bar = stream.isTTY
    ? new SingleBar({ stream, format: 'ingest [{bar}] {value}/{total} inputs | {issues} problems | {eta_formatted} left', hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
    : null;
  let started = false;
  let done = 0;
  let issues = 0;
  let total = 0;
  return (event: RunEvent) => {
    switch (event.type) {
      case 'discovered':
        total = event.total;
        if (bar && event.total > 1) {
          bar.start(event.total, 0, { issues });
          started = true;
        }
        break;
      case 'processed':
        done += 1;
        if (started) bar?.update(done, { issues });
        break;
      case 'issue':
        issues += 1;
        // The bar saves and restores the cursor around itself: stop it, print the problem, start it again below.
        if (started) {
          bar?.update(done, { issues });
          bar?.stop();
        }
        stream.write(`parley: ${event.issue.message}${event.issue.hint ? ` (${event.issue.hint})` : ''}\n`);
        if (started) bar?.start(total, done, { issues });
        break;
      case 'done':
        if (started) bar?.stop();
        break;
      case 'page':
        break;
    }
  };
}

/** Reports a run as JSON lines on stderr, for scripts and logs. */
export function createJsonLinesReporter(stream: NodeJS.WritableStream = process.stderr): RunReporter {
  return (event: RunEvent) => {
    if (event.type === 'done' || event.type === 'processed') return;
    stream.write(`${JSON.stringify(event)}\n`);
  };
}
