import type { Evidence } from '../../model/article.js';

/** A metadata value with the evidence for it; both null when nothing supports a value. */
export interface Finding<T> {
  value: T | null;
  evidence: Evidence | null;
}

export const nothing = <T>(): Finding<T> => ({ value: null, evidence: null });

export function found<T>(value: T, rule: string, text: string, note: string | null = null): Finding<T> {
  return { value, evidence: { rule, text: text.trim(), note } };
}
