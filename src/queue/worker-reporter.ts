import type { WorkerEvent, WorkerReporter } from './worker-events.js';

/** Reports a worker on a terminal: one line per job on stderr, prefixed by the running counts. */
export function createWorkerTerminalReporter(stream: NodeJS.WritableStream = process.stderr): WorkerReporter {
  let done = 0;
  let dead = 0;
  const line = (text: string): void => {
    stream.write(`[${done} done · ${dead} dead-lettered] ${text}\n`);
  };
  return (event: WorkerEvent) => {
    switch (event.type) {
      case 'started':
        line(`worker: taking ingest jobs, ${event.concurrency} at a time${event.once ? ', until the queue is drained' : ''}`);
        break;
      case 'taken':
        // The outcome line follows; one line per job is enough on a terminal.
        break;
      case 'done':
        done += 1;
        line(`done ${event.input}: ${event.summary.articlesNew} new articles (${event.summary.articlesExisting} already stored)`);
        for (const p of event.problems) stream.write(`parley: ${p.message}${p.hint ? ` (${p.hint})` : ''}\n`);
        break;
      case 'retry':
        line(`retry ${event.input}: attempt ${event.attempt} of ${event.attempts} failed: ${event.error}; next try in ${event.retryInSeconds} s or a little more`);
        break;
      case 'dead':
        dead += 1;
        line(`dead ${event.input}: failed all ${event.attempts} attempts; moved to the dead-letter queue ${event.deadLetterQueue}; last error: ${event.error}`);
        break;
      case 'unacknowledged':
        stream.write(`parley: job ${event.jobId} (${event.input}): could not tell the queue how it ended (${event.error}); it runs again after its timeout\n`);
        break;
      case 'queue-error':
        stream.write(`parley: the job queue did not answer (${event.error}); still trying\n`);
        break;
      case 'stopping':
        stream.write(`worker: ${event.reason}; finishing the jobs in hand, then stopping (signal again to stop at once)\n`);
        break;
    }
  };
}

/** Reports a worker as JSON lines on stderr, for scripts and logs. */
export function createWorkerJsonLinesReporter(stream: NodeJS.WritableStream = process.stderr): WorkerReporter {
  return (event: WorkerEvent) => {
    // The full ingest summary (stage timings and all) is too much for a log line.
    const record = event.type === 'done'
      ? { type: 'done', jobId: event.jobId, input: event.input, attempt: event.attempt, pagesNew: event.summary.pagesNew, articlesNew: event.summary.articlesNew, articlesExisting: event.summary.articlesExisting, problems: event.problems }
      : event;
    // A timestamp on every line: logs of several workers interleave, and back-off is about time.
    stream.write(`${JSON.stringify({ ...record, at: new Date().toISOString() })}\n`);
  };
}
