import { Command, CommanderError } from 'commander';
import { registerIngest } from './commands/ingest-command.js';
import { registerArticles } from './commands/articles-command.js';
import { registerExport } from './commands/export-command.js';
import { registerEval } from './commands/eval-command.js';
import { registerDemo } from './commands/demo-command.js';
import { registerActors } from './commands/actors-command.js';
import { registerQuotes } from './commands/quotes-command.js';
import { registerTimeline } from './commands/timeline-command.js';
import { registerBrief } from './commands/brief-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerDeal } from './commands/deal-command.js';
import { registerQueue } from './commands/queue-command.js';
import { registerWatch } from './commands/watch-command.js';

/** The `parley` command: thin shells over the library, one file per command. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('parley')
    .description('Parley: follow a negotiation through the press — a sourced, structured model of the deal')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerArticles(program);
  registerExport(program);
  registerActors(program);
  registerQuotes(program);
  registerTimeline(program);
  registerDeal(program);
  registerBrief(program);
  registerServe(program);
  registerEval(program);
  registerDemo(program);
  registerQueue(program);
  registerWatch(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    const json = argv.includes('--json');
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: message, code: /^\[(E_[A-Z_]+)\]/.exec(message)?.[1] ?? 'E_FAILED' })}\n`);
    process.stderr.write(`parley: ${message}\n`);
    process.exitCode = 1;
  }
}
