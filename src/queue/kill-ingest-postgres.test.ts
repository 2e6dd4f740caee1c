import { describePostgresKillRounds } from './testing/postgres-kill-suite.js';

describePostgresKillRounds('ingest-postgres', 'parley ingest');
