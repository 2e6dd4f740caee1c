/**
 * One ingest worker thread: takes pages, runs the front half and the per-article back half
 * on each, and posts the result back. Layers come back as JSON text, so the thread that
 * stores them neither clones object graphs nor serialises them.
 */
import { parentPort } from 'node:worker_threads';
import type { Page } from '../model/page.js';
import { processPage } from './ingest-run.js';

export interface PageTask {
  seq: number;
  page: Page;
  analyse: boolean;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: PageTask) => {
    try {
      port.postMessage({ seq: task.seq, ...processPage(task.page, task.analyse) });
    } catch (err) {
      port.postMessage({ seq: task.seq, crash: err instanceof Error ? err.message : String(err) });
    }
  });
}
