import { SingleBar, Presets } from 'cli-progress';
import type { RunEvent, RunReporter } from '../pipeline/run-events.js';

/** Reports a run on a terminal: a progress bar on stderr, and one line per problem. */
export function createTerminalReporter(stream: NodeJS.WriteStream = process.stderr): RunReporter {
  const bar = stream.isTTY ? new SingleBar({ stream, format: 'ingest [{bar}] {value}/{total} inputs | {articles} articles | {issues} problems', hideCursor: true }, Presets.shades_classic) : null;
  let started = false;
  let done = 0;
  let articles = 0;
  let issues = 0;
  return (event: RunEvent) => {
    switch (event.type) {
      case 'discovered':
        if (bar && event.total > 1) {
          bar.start(event.total, 0, { articles, issues });
          started = true;
        }
        break;
      case 'page':
        done += 1;
        articles += event.articles;
        if (started) bar?.update(done, { articles, issues });
        break;
      case 'issue':
        issues += 1;
        if (started) bar?.update(done, { articles, issues });
        // The bar redraws in place; print the problem on its own line above it.
        if (started) stream.write('\n');
        stream.write(`parley: ${event.issue.message}${event.issue.hint ? ` (${event.issue.hint})` : ''}\n`);
        break;
      case 'done':
        if (started) bar?.stop();
        break;
    }
  };
}

/** Reports a run as JSON lines on stderr, for scripts and logs. */
export function createJsonLinesReporter(stream: NodeJS.WritableStream = process.stderr): RunReporter {
  return (event: RunEvent) => {
    if (event.type === 'done') return;
    stream.write(`${JSON.stringify(event)}\n`);
  };
}
