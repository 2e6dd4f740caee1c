import type { InputIssue } from '../model/issue.js';

/**
 * Issue codes worth another try, each with the reason. Every other code is about the
 * content itself (too large, not text, a bad feed, a stage bug): trying again gives the
 * same answer, so such a job completes and reports its problem instead.
 */
export const RETRYABLE_ISSUE_CODES: Readonly<Record<string, string>> = {
  E_STORE: 'the database may be briefly busy or unreachable (a deadlock, a restart, a full pool)',
  E_FETCH: 'servers and networks fail for a while; a lasting HTTP error ends in the dead-letter queue',
  E_READ: 'a shared file system may hiccup',
  E_NOT_FOUND: "the file may not have reached this machine's copy of the shared folder yet",
};

/** Splits a job's issues into those a retry may cure and those it cannot. */
export function splitIssues(issues: readonly InputIssue[]): { retryable: InputIssue[]; permanent: InputIssue[] } {
  const retryable = issues.filter((i) => i.code in RETRYABLE_ISSUE_CODES);
  return { retryable, permanent: issues.filter((i) => !(i.code in RETRYABLE_ISSUE_CODES)) };
}
