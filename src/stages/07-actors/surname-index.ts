import { sameSurname } from './name-keys.js';

/**
 * Finds surname keys that are spelling variants of each other without comparing every pair:
 * exact keys first, then keys with the same first two letters and a similar length.
 */
export class SurnameIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly byPrefix = new Map<string, string[]>();
  // Variant keys of a key, remembered: comparing spellings is the slow part.
  private readonly variants = new Map<string, string[]>();

  add(key: string, value: T): void {
    const list = this.byKey.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    this.byKey.set(key, [value]);
    this.variants.clear();
    const prefix = key.slice(0, 2);
    this.byPrefix.set(prefix, [...(this.byPrefix.get(prefix) ?? []), key]);
  }

  /** Every value filed under a key that names the same surname as `key`. */
  find(key: string): T[] {
    let keys = this.variants.get(key);
    if (!keys) {
      keys = (this.byPrefix.get(key.slice(0, 2)) ?? []).filter((other) => other !== key && Math.abs(other.length - key.length) <= 2 && sameSurname(other, key));
      this.variants.set(key, keys);
    }
    const exact = this.byKey.get(key) ?? [];
    if (keys.length === 0) return exact;
    const out = new Set<T>(exact);
    for (const other of keys) for (const v of this.byKey.get(other) ?? []) out.add(v);
    return [...out];
  }
}
