import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The package root (two levels above dist/cli/), where the built-in corpus and gold live. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const builtInCorpus = join(packageRoot, 'corpus', 'minerals-deal');
export const builtInGold = join(packageRoot, 'gold', 'minerals-deal');
