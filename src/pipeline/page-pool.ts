import { Worker } from 'node:worker_threads';
import { inputIssue, type InputIssue } from '../model/issue.js';
import type { Page } from '../model/page.js';
import type { PageTask } from './page-worker.js';
import { workerExecArgv } from './worker-argv.js';
import type { Processed } from './ingest-run.js';

export interface PageOutcome {
  result: Processed | InputIssue;
  timings: Record<string, number>;
}

type Reply = { seq: number; result: Processed | InputIssue; timings: Record<string, number> } | { seq: number; crash: string };

interface Pending {
  page: Page;
  resolve: (outcome: PageOutcome) => void;
}

/**
 * Worker threads that process pages side by side (wink-nlp and the rules are synchronous
 * JavaScript, so threads are the way to use more than one core). Each page goes to the
 * least busy worker; a worker that dies fails only its own pages, as issues, and is replaced.
 */
export interface PagePool {
  process(page: Page, analyse: boolean): Promise<PageOutcome>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./page-worker.js', import.meta.url);

export function createPagePool(size: number): PagePool {
  let seq = 0;
  let closing = false;
  const slots = Array.from({ length: size }, () => startSlot());

  function startSlot(): { worker: Worker; pending: Map<number, Pending> } {
    const pending = new Map<number, Pending>();
    const worker = new Worker(WORKER_URL, { execArgv: workerExecArgv() });
    const slot = { worker, pending };
    worker.on('message', (reply: Reply) => {
      const task = pending.get(reply.seq);
      if (!task) return;
      pending.delete(reply.seq);
      if ('crash' in reply) task.resolve(crashed(task.page, reply.crash));
      else task.resolve({ result: reply.result, timings: reply.timings });
    });
    const fail = (why: string): void => {
      for (const task of pending.values()) task.resolve(crashed(task.page, why));
      pending.clear();
      if (closing) return;
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = startSlot();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => { if (!closing) fail(`the worker thread exited with code ${code}`); });
    return slot;
  }

  return {
    process(page, analyse) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      seq += 1;
      const task: PageTask = { seq, page, analyse };
      return new Promise((resolve) => {
        slot.pending.set(task.seq, { page, resolve });
        slot.worker.postMessage(task);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function crashed(page: Page, why: string): PageOutcome {
  return { result: inputIssue(page.source, 'E_STAGE', `${page.source}: processing failed: ${why}`, 'this is a bug in Parley; please report it with the input'), timings: {} };
}
