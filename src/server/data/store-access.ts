import type { ParleyStore } from '../../store/store.js';

/** Opens the store for one piece of work and closes it after, one piece at a time. */
export interface StoreAccess {
  use<T>(work: (store: ParleyStore) => Promise<T>): Promise<T>;
}

/**
 * The server keeps the store closed between uses so `parley ingest` can write meanwhile. Uses
 * are queued because one PGlite data folder must not be opened twice at once, and an ingest
 * followed by a reload must not interleave with another ingest.
 */
export function createStoreAccess(open: () => Promise<ParleyStore>): StoreAccess {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    use<T>(work: (store: ParleyStore) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        const store = await open();
        try {
          return await work(store);
        } finally {
          await store.close();
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => {});
      return result;
    },
  };
}
