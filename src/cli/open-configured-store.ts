import type { ParleyConfig } from '../config.js';
import type { ParleyStore } from '../store/store.js';

/** Opens the store the configuration names; loaded lazily so commands that need no store start fast. */
export async function openConfiguredStore(config: ParleyConfig): Promise<ParleyStore> {
  const { openStore } = await import('../store/open-store.js');
  return config.databaseUrl ? openStore({ databaseUrl: config.databaseUrl }) : openStore({ dataDir: config.dataDir });
}
