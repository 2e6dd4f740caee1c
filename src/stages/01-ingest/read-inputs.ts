import { discoverInputs, type InputTask } from './discover-inputs.js';
import { ingestBytes } from './ingest-bytes.js';
import { guardItems, issueItem, type IngestItem } from './ingest-item.js';
import { resolveIngestSettings, type IngestOptions, type IngestSettings } from './ingest-options.js';
import { readFileBytes } from './read-file-bytes.js';
import { followLinkWith, readUrl } from './read-url.js';

/**
 * Reads files, folders (recursively) and http(s) URLs into pages. Every input yields pages or
 * issues, in input order; a bad input never stops the others, and this never throws.
 * @example for await (const item of readInputs(['corpus/'], {})) if (item.kind === 'page') use(item.page)
 */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const settings = resolveIngestSettings(options);
  const { tasks, skippedHidden, skippedUnknown } = await discoverInputs(inputs);
  options.onDiscovered?.(tasks.length, { total: tasks.length, skippedHidden, skippedUnknown });
  // Later inputs are read while earlier ones are consumed; results still come out in order.
  const pending: Promise<IngestItem[]>[] = [];
  let next = 0;
  let done = 0;
  const fill = (): void => {
    while (pending.length < settings.concurrency && next < tasks.length) pending.push(runTask(tasks[next++]!, settings));
  };
  fill();
  while (pending.length > 0) {
    const items = await pending.shift()!;
    fill();
    done += 1;
    yield* items;
    options.onInputDone?.(done, tasks.length, taskName(tasks[done - 1]!));
  }
}

function runTask(task: InputTask, settings: IngestSettings): Promise<IngestItem[]> {
  return guardItems(taskName(task), async () => {
    switch (task.kind) {
      case 'issue':
        return [issueItem(task.issue)];
      case 'url':
        return readUrl(task.url, settings);
      case 'file': {
        const file = await readFileBytes(task.path, settings.maxBytes);
        if (!file.ok) return [issueItem(file.issue)];
        return ingestBytes(task.path, file.bytes, task.format, {
          url: null,
          charset: null,
          followLink: settings.followFeedLinks ? followLinkWith(settings) : null,
        });
      }
    }
  });
}

function taskName(task: InputTask): string {
  return task.kind === 'file' ? task.path : task.kind === 'url' ? task.url : task.issue.input;
}
