import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { loadIssuesConfig, NO_ISSUES_CONFIG, parseIssuesConfig, type IssuesConfig } from '../../config/issues-config.js';

/** The issue configuration the running server builds its model with. */
export interface IssuesState {
  current(): IssuesConfig;
  /** Validates and installs a configuration (throws IssuesConfigError); written to the file when there is one. */
  replace(value: unknown): IssuesConfig;
  /** Where it is kept across restarts, or null: in memory only. */
  readonly file: string | null;
}

/** Starts from `file` when it exists (a bad file stops start-up with its error), else from no configuration. */
export function createIssuesState(file: string | null): IssuesState {
  let config = file !== null && existsSync(file) ? loadIssuesConfig(file) : NO_ISSUES_CONFIG;
  return {
    current: () => config,
    replace(value) {
      const parsed = parseIssuesConfig(value, 'the request body');
      if (file !== null) {
        // Written aside and renamed, so a crash mid-write never leaves a half file to fail the next start.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, `${JSON.stringify(parsed, null, 2)}\n`);
        renameSync(temp, file);
      }
      config = parsed;
      return config;
    },
    file,
  };
}
