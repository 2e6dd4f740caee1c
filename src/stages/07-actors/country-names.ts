import worldCountries, { type Countries } from 'world-countries';

// world-countries is CommonJS (module.exports = the array); its types describe an ES default export.
const countries: Countries = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Countries }).default;
const NAMES = new Map<string, string>(countries.map((c) => [c.cca3 === 'UNK' ? 'XKX' : c.cca3, c.name.common]));

/** The common English name of a country code ("UKR" → "Ukraine"), or the code itself for bodies. */
export function countryName(code: string): string {
  return NAMES.get(code) ?? code;
}

/** Whether a code is a country (ISO 3166-1 alpha-3) rather than an international body. */
export function isCountryCode(code: string): boolean {
  return NAMES.has(code);
}
