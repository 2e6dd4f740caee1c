/** An outlet name as counting sees it: "The Hill" and "the hill" are one outlet. */
export function outletKey(outlet: string | null): string | null {
  if (!outlet) return null;
  const key = outlet.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return key === '' ? null : key;
}
