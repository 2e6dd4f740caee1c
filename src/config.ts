import { resolve } from 'node:path';

/** One typed configuration: every setting has a default, an environment variable and help text. */
export interface Setting<T> {
  default: T;
  env: string;
  help: string;
}

export const settings = {
  dataDir: { default: '.parley/data', env: 'PARLEY_DATA_DIR', help: 'folder of the embedded PGlite database' } as Setting<string>,
  databaseUrl: { default: '', env: 'PARLEY_DATABASE_URL', help: 'postgres:// connection string; when set, PostgreSQL is used instead of PGlite' } as Setting<string>,
  maxBytes: { default: 25 * 1024 * 1024, env: 'PARLEY_MAX_BYTES', help: 'largest input accepted, in bytes; larger inputs are refused with a clear error' } as Setting<number>,
  fetchTimeoutMs: { default: 15_000, env: 'PARLEY_FETCH_TIMEOUT_MS', help: 'time allowed for fetching one URL, in milliseconds' } as Setting<number>,
  allowPrivateAddresses: { default: false, env: 'PARLEY_ALLOW_PRIVATE', help: 'allow fetching URLs on loopback, private and link-local addresses' } as Setting<boolean>,
  batchSize: { default: 200, env: 'PARLEY_BATCH_SIZE', help: 'pages written to the store per transaction during ingest' } as Setting<number>,
  workers: { default: -1, env: 'PARLEY_WORKERS', help: 'worker threads that process pages side by side during ingest; 0 processes them on the main thread; -1 (default): one per core when there is more than one input' } as Setting<number>,
  apiToken: { default: '', env: 'PARLEY_API_TOKEN', help: 'token that turns on the server\'s write API (POST /api/ingest, PUT /api/config/issues), sent as "Authorization: Bearer <token>"; empty: the server is read-only' } as Setting<string>,
  rateLimit: { default: 600, env: 'PARLEY_RATE_LIMIT', help: 'read requests per minute the server answers per client address; 0 turns the limit off' } as Setting<number>,
  writeRateLimit: { default: 30, env: 'PARLEY_WRITE_RATE_LIMIT', help: 'write requests per minute the server answers per client address; 0 turns the limit off' } as Setting<number>,
  issuesFile: { default: '', env: 'PARLEY_ISSUES_FILE', help: 'issue configuration file the server reads at start and PUT /api/config/issues writes; empty: kept in memory only' } as Setting<string>,
} as const;

export type SettingName = keyof typeof settings;

function fromEnv<T>(setting: Setting<T>): T {
  const raw = process.env[setting.env];
  if (raw === undefined || raw === '') return setting.default;
  if (typeof setting.default === 'number') {
    const n = Number(raw);
    if (!Number.isFinite(n)) throw new Error(`[E_CONFIG] ${setting.env}=${raw}: not a number (${setting.help})`);
    return n as T;
  }
  if (typeof setting.default === 'boolean') return (/^(1|true|yes)$/i.test(raw)) as T;
  return raw as T;
}

export interface ParleyConfig {
  dataDir: string;
  databaseUrl: string | null;
  maxBytes: number;
  fetchTimeoutMs: number;
  allowPrivateAddresses: boolean;
  batchSize: number;
  /** Ingest worker threads; -1: one per core. */
  workers: number;
  /** null: the server's write API is off. */
  apiToken: string | null;
  rateLimit: number;
  writeRateLimit: number;
  issuesFile: string | null;
}

function nonEmpty(path: string | null): string | null {
  return path ? resolve(path) : null;
}

/** The configuration in force: flags win over environment variables, which win over defaults. */
export function resolveConfig(flags: Partial<ParleyConfig> = {}): ParleyConfig {
  const url = flags.databaseUrl ?? fromEnv(settings.databaseUrl);
  return {
    dataDir: resolve(flags.dataDir ?? fromEnv(settings.dataDir)),
    databaseUrl: url ? url : null,
    maxBytes: flags.maxBytes ?? fromEnv(settings.maxBytes),
    fetchTimeoutMs: flags.fetchTimeoutMs ?? fromEnv(settings.fetchTimeoutMs),
    allowPrivateAddresses: flags.allowPrivateAddresses ?? fromEnv(settings.allowPrivateAddresses),
    batchSize: flags.batchSize ?? fromEnv(settings.batchSize),
    workers: flags.workers ?? fromEnv(settings.workers),
    apiToken: (flags.apiToken ?? fromEnv(settings.apiToken)) || null,
    rateLimit: flags.rateLimit ?? fromEnv(settings.rateLimit),
    writeRateLimit: flags.writeRateLimit ?? fromEnv(settings.writeRateLimit),
    issuesFile: nonEmpty(flags.issuesFile ?? fromEnv(settings.issuesFile)),
  };
}
