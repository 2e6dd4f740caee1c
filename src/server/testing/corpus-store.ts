import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '../../analysis/build-model.js';
import { builtInCorpus } from '../../cli/paths.js';
import { resolveConfig } from '../../config.js';
import { ingestInputs } from '../../pipeline/ingest-run.js';
import { openStore } from '../../store/open-store.js';
import { createApp } from '../app.js';
import { createModelSource, type BuildModel, type ModelSource } from '../data/model-source.js';
import type { ParleyStore } from '../../store/store.js';
import type { Hono } from 'hono';

export interface TestApp {
  app: Hono;
  source: ModelSource;
  store: ParleyStore;
  dir: string;
  /** Another app over the same store whose model comes from `build` (to add parts still being built). */
  appWith: (build: BuildModel) => Promise<Hono>;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  /** Ingest the built-in corpus (default true). */
  corpus?: boolean;
  /** JSON records ({ text, title, outlet, published … }) ingested beside it. */
  records?: readonly Record<string, string>[];
}

/** The app over a fresh PGlite store in a temp folder, holding the built-in corpus and any extra records. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-server-'));
  const inputs = options.corpus === false ? [] : [builtInCorpus];
  if (options.records && options.records.length > 0) {
    const file = join(dir, 'records.jsonl');
    writeFileSync(file, options.records.map((r) => JSON.stringify(r)).join('\n'));
    inputs.push(file);
  }
  const store = await openStore({ dataDir: join(dir, 'data') });
  const summary = await ingestInputs(inputs, { store, batchSize: 200, ingest: {} });
  if (summary.issues.length > 0) throw new Error(`test corpus did not ingest cleanly: ${summary.issues.map((i) => i.message).join('; ')}`);
  const source = await createModelSource(() => store.listArticles(), buildModel);
  const config = resolveConfig({ dataDir: join(dir, 'data'), databaseUrl: 'postgres://parley:s3cret-pass@localhost:5432/parley' });
  return {
    app: createApp({ source, config }),
    source,
    store,
    dir,
    appWith: async (build) => createApp({ source: await createModelSource(() => store.listArticles(), build), config }),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
