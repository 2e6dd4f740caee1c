/** Case and diacritics do not count: "Zelenskyy" and "ZELENSKYY", "Sybiha" and "Sybíha" compare equal. */
export function foldCase(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
