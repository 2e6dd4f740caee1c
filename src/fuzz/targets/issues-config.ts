import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { IssuesConfig, IssuesConfigError, loadIssuesConfig, parseIssuesConfig } from '../../config/issues-config.js';
import { mutateJson } from '../arbitraries/records.js';
import { newsText, oddChar } from '../arbitraries/weird-text.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

/** Issue names, including the keys that trip plain objects. */
const name = fc.oneof({ weight: 4, arbitrary: newsText(4) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '\u00a0', '\ufeff') }, { weight: 1, arbitrary: oddChar });
const nameLike: fc.Arbitrary<unknown> = fc.oneof({ weight: 6, arbitrary: name }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const listOf = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 6, arbitrary: fc.array(arb, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
/** A near-valid configuration: right keys with values of the right shape most of the time. */
const nearValid = fc.record({
  rename: fc.oneof({ weight: 6, arbitrary: fc.dictionary(name, nameLike, { maxKeys: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
  merge: listOf(fc.record({ into: nameLike, from: listOf(nameLike), extra: fc.jsonValue() }, { requiredKeys: ['into', 'from'] })),
  add: listOf(fc.record({ name: nameLike, aliases: listOf(nameLike), extra: fc.jsonValue() }, { requiredKeys: ['name'] })),
  drop: listOf(nameLike),
  unknown: fc.jsonValue({ maxDepth: 1 }),
}, { requiredKeys: [] });

let dir: string | null = null;
let counter = 0;

/** Writes a config file for loadIssuesConfig; one temp folder per process. */
function writeConfig(text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'parley-fuzz-issues-'));
  const path = join(dir, `config-${counter++ % 16}.json`);
  writeFileSync(path, text);
  return path;
}

/** The user's issue configuration: parsed JSON values, and JSON text from a file (broken JSON included). */
export const issuesConfigTarget = defineFuzzTarget({
  name: 'issues-config',
  entry: 'parseIssuesConfig, loadIssuesConfig',
  arbitrary: fc.oneof(
    { weight: 3, arbitrary: nearValid.map((value) => ({ kind: 'value' as const, value })) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => ({ kind: 'value' as const, value })) },
    { weight: 2, arbitrary: mutateJson(fc.oneof(nearValid.map((v) => JSON.stringify(v)), fc.json())).map((value) => ({ kind: 'file' as const, value })) },
  ),
  check: ({ kind, value }) => {
    let config: IssuesConfig;
    try {
      config = kind === 'file' ? loadIssuesConfig(writeConfig(value as string)) : parseIssuesConfig(value, 'fuzz');
    } catch (error) {
      // The typed error is the clear answer to a bad configuration; anything else is a crash.
      if (!(error instanceof IssuesConfigError)) throw error;
      invariant(error.code !== 'E_ISSUES_CONFIG_READ', 'a written config file could not be read');
      invariant(error.message.startsWith(`[${error.code}] `) && error.hint.length > 0, 'the error names its code and a hint');
      return;
    }
    // What the parser accepts is a configuration: parsing it again gives it back unchanged.
    const again = IssuesConfig.safeParse(config);
    invariant(again.success && JSON.stringify(again.data) === JSON.stringify(config), 'a parsed configuration does not parse to itself');
    for (const list of [config.drop, ...config.merge.flatMap((m) => [[m.into], m.from]), ...config.add.flatMap((a) => [[a.name], a.aliases])]) {
      for (const n of list) invariant(typeof n === 'string' && n === n.trim() && n !== '', () => `name ${JSON.stringify(n)} is empty or untrimmed`);
    }
    // Every rename the user wrote is kept as an own entry (a "__proto__" key must not vanish into the prototype).
    const source = (kind === 'file' ? JSON.parse(value as string) : value) as { rename?: Record<string, unknown> };
    const wanted = new Set(Object.keys(source.rename ?? {}).map((k) => k.trim()));
    invariant(Object.keys(config.rename).length === wanted.size, () => `rename has ${Object.keys(config.rename).length} entries for ${wanted.size} written: ${JSON.stringify(Object.keys(source.rename ?? {}))}`);
    invariant(Object.getPrototypeOf(config.rename) === Object.prototype || Object.getPrototypeOf(config.rename) === null, 'rename has a prototype from the input');
  },
});
