import type { FuzzTarget } from './fuzz-target.js';

/** Every fuzz target by name, loaded on demand so a worker imports only the parser it fuzzes. */
export const FUZZ_TARGETS: Readonly<Record<string, () => Promise<FuzzTarget>>> = {
  'decode-bytes': async () => (await import('./targets/decode-bytes.js')).decodeBytesTarget,
  txt: async () => (await import('./targets/txt.js')).txtTarget,
  md: async () => (await import('./targets/md.js')).mdTarget,
  html: async () => (await import('./targets/html.js')).htmlTarget,
  json: async () => (await import('./targets/json.js')).jsonTarget,
  jsonl: async () => (await import('./targets/jsonl.js')).jsonlTarget,
  rss: async () => (await import('./targets/rss.js')).rssTarget,
  atom: async () => (await import('./targets/atom.js')).atomTarget,
  'normalise-date': async () => (await import('./targets/normalise-date.js')).normaliseDateTarget,
  'find-dates': async () => (await import('./targets/find-dates.js')).findDatesTarget,
  'address-guard': async () => (await import('./targets/address-guard.js')).addressGuardTarget,
  'issues-config': async () => (await import('./targets/issues-config.js')).issuesConfigTarget,
  'front-half': async () => (await import('./targets/front-half.js')).frontHalfTarget,
  'back-half': async () => (await import('./targets/back-half.js')).backHalfTarget,
};

export const TARGET_NAMES = Object.keys(FUZZ_TARGETS);

export async function loadTarget(name: string): Promise<FuzzTarget> {
  const load = FUZZ_TARGETS[name];
  if (load === undefined) throw new Error(`no fuzz target '${name}'; the targets are ${TARGET_NAMES.join(', ')}`);
  return load();
}
