import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { InputIssue } from '../../model/issue.js';
import { errorReason, ingestIssue } from './ingest-issue.js';
import { formatFromPath, type InputFormat } from './input-format.js';

/** One unit of ingest work: a file (format null: sniff it), a URL, or an input already refused. */
export type InputTask =
  | { kind: 'file'; path: string; format: InputFormat | null }
  | { kind: 'url'; url: string }
  | { kind: 'issue'; issue: InputIssue };

export interface Discovery {
  tasks: InputTask[];
  skippedHidden: number;
  skippedUnknown: number;
}

/**
 * Expands inputs into tasks, in order: URLs as they are, files as they are, folders
 * recursively in sorted order, skipping (and counting) hidden entries and files whose
 * extension ingest does not read. A file named twice is read once.
 */
export async function discoverInputs(inputs: readonly string[]): Promise<Discovery> {
  const discovery: Discovery = { tasks: [], skippedHidden: 0, skippedUnknown: 0 };
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const addFile = (path: string, format: InputFormat | null): void => {
    const key = resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    discovery.tasks.push({ kind: 'file', path, format });
  };
  const refuse = (issue: InputIssue): void => {
    discovery.tasks.push({ kind: 'issue', issue });
  };

  const walkFolder = async (folder: string): Promise<void> => {
    const real = await realpath(folder).catch(() => resolve(folder));
    if (seenFolders.has(real)) return; // a symbolic link loop, or a folder named twice
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      refuse(ingestIssue(folder, 'E_READ', `cannot list the folder: ${errorReason(error)}`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.')) {
        discovery.skippedHidden += 1;
        continue;
      }
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          refuse(ingestIssue(path, 'E_READ', `broken symbolic link: ${errorReason(error)}`));
          continue;
        }
      }
      if (isFolder) {
        await walkFolder(path);
      } else {
        const format = formatFromPath(path);
        if (!isFile || format === null) discovery.skippedUnknown += 1;
        else addFile(path, format);
      }
    }
  };

  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      discovery.tasks.push({ kind: 'url', url: input });
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(input);
    // A path with a colon in its name ("notes:draft.txt") is still a path when it exists.
    if (scheme !== null && !(await exists(input))) {
      const hint = scheme[1]!.toLowerCase() === 'file' ? 'pass the file path instead of a file: URL' : 'only http and https URLs, file paths and folders are read';
      refuse(ingestIssue(input, 'E_SCHEME', `unsupported URL scheme ${scheme[1]!.toLowerCase()}:`, hint));
      continue;
    }
    try {
      const info = await stat(input);
      if (info.isDirectory()) await walkFolder(input);
      else addFile(input, formatFromPath(input));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') refuse(ingestIssue(input, 'E_NOT_FOUND', 'no such file or folder'));
      else refuse(ingestIssue(input, 'E_READ', `cannot read: ${errorReason(error)}`));
    }
  }
  return discovery;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
