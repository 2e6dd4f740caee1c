/** A person's name split into given names and surname, with keys that ignore spelling variants. */
export interface PersonName {
  given: string | null;
  surname: string;
  givenKey: string | null;
  surnameKey: string;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Splits "Volodymyr Zelenskyy" into given "Volodymyr" and surname "Zelenskyy" (suffixes such as "Jr." dropped). */
export function splitName(text: string): PersonName {
  let name = NAMES.get(text);
  if (!name) {
    if (NAMES.size > KEY_LIMIT) NAMES.clear();
    name = computeName(text);
    NAMES.set(text, name);
  }
  return name;
}

const NAMES = new Map<string, PersonName>();

function computeName(text: string): PersonName {
  const words = text.replace(/[’']s$/u, '').split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 1 && SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const surname = words.pop() ?? text;
  const given = words.length > 0 ? words.join(' ') : null;
  return { given, surname, givenKey: given === null ? null : nameKey(given), surnameKey: nameKey(surname) };
}

/**
 * A key that spelling variants and transliterations share: no diacritics, no doubled letters,
 * y/iy/ii read as i, kh as h, w as v ("Zelenskyy", "Zelenskiy", "Zelensky" → "zelenski").
 */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size > KEY_LIMIT) KEYS.clear();
    key = computeKey(name);
    KEYS.set(name, key);
  }
  return key;
}

// Names recur across a corpus; their keys are computed once.
const KEYS = new Map<string, string>();
const KEY_LIMIT = 100_000;

function computeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(?:iy|yi|ij|y)/g, 'i')
    .replace(/i+/g, 'i');
}

/** Jaro-Winkler similarity of two strings, 0 to 1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = true;
      bHit[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Tuned on the built-in corpus' variants (Zelensky/Zelenskyy/Zelenskiy, Volodymyr/Volodmyr/Volodomyr) and on John/Jane Smith.
const SURNAME_SIMILAR = 0.93;
const GIVEN_SIMILAR = 0.88;

/** Whether two surname keys name the same family name (equal, or one typo apart on long names). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  // "Christian" and "Christians", "William" and "Williams" are not spellings of one name.
  if (a === `${b}s` || b === `${a}s`) return false;
  // Surname pairs rarely repeat (an index compares each key once), so no memo here.
  return Math.min(a.length, b.length) >= 6 && Math.abs(a.length - b.length) <= 2 && jaroWinkler(a, b) >= SURNAME_SIMILAR;
}

// The same pairs of given names are compared again and again across a corpus.
const SIMILARITY = new Map<string, number>();

function similarity(a: string, b: string): number {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let v = SIMILARITY.get(key);
  if (v === undefined) {
    if (SIMILARITY.size > KEY_LIMIT) SIMILARITY.clear();
    v = jaroWinkler(a, b);
    SIMILARITY.set(key, v);
  }
  return v;
}

/** How two given names relate: the same name, a variant needing a shared role ("Mike"/"Michael"), or different people. */
export function givenNamesRelate(a: string | null, b: string | null): 'same' | 'variant' | 'different' {
  if (a === null || b === null || a === b) return 'same';
  // An initial ("J." or "JD") agrees with any name that starts with it.
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0] ? 'same' : 'different';
  if (similarity(a, b) >= GIVEN_SIMILAR) return 'same';
  return a.slice(0, 2) === b.slice(0, 2) ? 'variant' : 'different';
}
