import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../../cli/paths.js';
import { resolveConfig, type ParleyConfig } from '../../config.js';
import { ingestInputs } from '../../pipeline/ingest-run.js';
import { openStore } from '../../store/open-store.js';
import { startServer, type RunningServer } from '../serve.js';

/** A PGlite folder holding the built-in corpus, closed, to copy for each server a test starts. */
export interface CorpusTemplate {
  dir: string;
  articles: number;
  /** Starts the real server on 127.0.0.1 and a free port over a fresh copy of the corpus store; `config` wins over the environment. */
  serve: (config?: Partial<ParleyConfig>) => Promise<TestServer>;
  remove: () => void;
}

export interface TestServer extends RunningServer {
  dataDir: string;
}

export async function createCorpusTemplate(): Promise<CorpusTemplate> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-served-'));
  const template = join(dir, 'template');
  const store = await openStore({ dataDir: template });
  let articles: number;
  try {
    const summary = await ingestInputs([builtInCorpus], { store, batchSize: 200, ingest: {} });
    if (summary.issues.length > 0) throw new Error(`the corpus did not ingest cleanly: ${summary.issues.map((i) => i.message).join('; ')}`);
    articles = (await store.stats()).articles;
  } finally {
    await store.close();
  }
  let copies = 0;
  return {
    dir,
    articles,
    serve: async (config = {}) => {
      const dataDir = join(dir, `copy-${++copies}`);
      cpSync(template, dataDir, { recursive: true });
      const server = await startServer({ config: { ...resolveConfig({ dataDir }), ...config }, host: '127.0.0.1', port: 0, openStore: () => openStore({ dataDir }) });
      return { ...server, dataDir };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
