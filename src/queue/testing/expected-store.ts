import { processPage } from '../../pipeline/ingest-run.js';
import { readInputs } from '../../stages/01-ingest/index.js';

/** What a complete ingest of some inputs must store, worked out in-process by the same pipeline. */
export interface ExpectedStore {
  /** Page id → its line count and the ids of the articles it yields. */
  pages: Map<string, { lines: number; articles: string[] }>;
  /** Article id → text. */
  articles: Map<string, string>;
}

/** Runs ingest's front half over the inputs without a store and collects the pages and articles it yields. */
export async function expectedStore(inputs: readonly string[]): Promise<ExpectedStore> {
  const expected: ExpectedStore = { pages: new Map(), articles: new Map() };
  for await (const item of readInputs(inputs, {})) {
    if (item.kind === 'issue') throw new Error(`test input refused: ${item.issue.message}`);
    const { result } = processPage(item.page);
    if ('code' in result) throw new Error(`test input failed a stage: ${result.message}`);
    expected.pages.set(result.page.id, { lines: result.lines.length, articles: result.articles.map((a) => a.id) });
    for (const a of result.articles) expected.articles.set(a.id, a.text);
  }
  return expected;
}
