/**
 * The node flags a worker thread starts with: the process's own, less those that only apply to
 * code given on the command line (`node --input-type=module -e …`), which a worker started from
 * a file refuses outright.
 */
export function workerExecArgv(): string[] {
  return process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
}
