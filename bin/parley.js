#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `parley articles | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

await main(process.argv);
