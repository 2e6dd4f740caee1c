import { z } from 'zod';
import { settings, type ParleyConfig } from '../../config.js';
import { redactUrl } from '../../store/redact-url.js';

export const ConfigInfo = z.object({
  ok: z.literal(true),
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).describe('the configuration in force; the database password and the API token are redacted'),
  settings: z.array(z.object({ name: z.string(), env: z.string(), default: z.union([z.string(), z.number(), z.boolean()]), help: z.string() })),
  server: z.object({ host: z.string(), port: z.number().int() }).nullable(),
});
export type ConfigInfo = z.infer<typeof ConfigInfo>;

export interface ServerAddress {
  host: string;
  port: number;
}

/** The resolved configuration with the database password and the API token hidden, and every setting's help. */
export function describeConfig(config: ParleyConfig, server: ServerAddress | null): ConfigInfo {
  return {
    ok: true,
    config: { ...config, databaseUrl: config.databaseUrl ? redactUrl(config.databaseUrl) : null, apiToken: config.apiToken ? '***' : null },
    settings: Object.entries(settings).map(([name, s]) => ({ name, env: s.env, default: s.default, help: s.help })),
    server,
  };
}
