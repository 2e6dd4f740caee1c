import { describePostgresKillRounds } from './testing/postgres-kill-suite.js';

describePostgresKillRounds('worker-postgres', 'parley worker');
