import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Name = z.string().trim().min(1, 'an issue name must not be empty');

/** One issue the user adds by hand: its name and the words the text uses for it. */
const AddedIssue = z.object({
  name: Name,
  aliases: z.array(Name).default([]),
}).strict();

/**
 * The user's issue configuration (a JSON file). Found issues are matched by name or alias,
 * ignoring case. Applied in this order: add, merge, rename, drop.
 *
 * @example
 * { "rename": { "access to minerals": "scope of resources" },
 *   "merge": [{ "into": "security guarantees", "from": ["security shield"] }],
 *   "add": [{ "name": "EU accession", "aliases": ["accession to the EU", "EU membership"] }],
 *   "drop": ["battlefield situation"] }
 */
export const IssuesConfig = z.object({
  /** Found name or alias → the name to show. */
  rename: z.record(Name, Name).default({}),
  /** Issues to fold into one: `into` names the issue that stays (found or added), `from` the ones that go. */
  merge: z.array(z.object({ into: Name, from: z.array(Name).min(1, 'merge needs at least one issue in "from"') }).strict()).default([]),
  /** Issues the text may not surface on its own; their aliases are searched like found ones. */
  add: z.array(AddedIssue).default([]),
  /** Issues to leave out of the model. */
  drop: z.array(Name).default([]),
}).strict();
export type IssuesConfig = z.infer<typeof IssuesConfig>;

/** The empty configuration: issues as the text gives them. */
export const NO_ISSUES_CONFIG: IssuesConfig = { rename: {}, merge: [], add: [], drop: [] };

/** A configuration problem with a stable code and a hint how to fix it. */
export class IssuesConfigError extends Error {
  constructor(readonly code: 'E_ISSUES_CONFIG_READ' | 'E_ISSUES_CONFIG_JSON' | 'E_ISSUES_CONFIG_SCHEMA', message: string, readonly hint: string) {
    super(`[${code}] ${message}`);
  }
}

/** Validates an already-parsed value; `source` names it in errors (a path, "--issues flag"). */
export function parseIssuesConfig(value: unknown, source: string): IssuesConfig {
  const parsed = IssuesConfig.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : '(top level)';
  throw new IssuesConfigError('E_ISSUES_CONFIG_SCHEMA', `${source}: ${where}: ${first?.message ?? 'invalid'}`,
    'expected { "rename": {"old": "new"}, "merge": [{"into": "...", "from": ["..."]}], "add": [{"name": "...", "aliases": ["..."]}], "drop": ["..."] }; every key is optional');
}

/** Reads and validates an issue configuration file, with errors that name the file and the fix. */
export function loadIssuesConfig(path: string): IssuesConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new IssuesConfigError('E_ISSUES_CONFIG_READ', `${path}: cannot read the issue config (${code})`, 'check the path; the file is JSON, e.g. {"rename": {"access to minerals": "scope of resources"}}');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new IssuesConfigError('E_ISSUES_CONFIG_JSON', `${path}: not valid JSON (${err instanceof Error ? err.message : String(err)})`, 'fix the JSON syntax; keys and strings need double quotes and no trailing commas');
  }
  return parseIssuesConfig(value, path);
}
