import { FUNCTION_WORDS } from './rules/word-lists.js';

// Shape tests on trimmed line text, shared by the context rules. Written as loops: they run on every line.

const CLOSERS = '"\'”’»)]';
const SENTENCE_END = '.!?…';
const CLAUSE_END = '.,;:…';
// Before a closing quote, a question or exclamation mark too ends a quoted sentence, not a headline.
const QUOTED_END = '.,;:…?!';
const HEADLINE_START = /[\p{Lu}\d"'“‘]/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALISED_WORD = /^["'“‘]?\p{Lu}/u;
const BULLETS = /^(?:[-–—•*·▪►└]\s)/;
const RUN_IN_LABEL = /^\p{Lu}[\p{Ll}’']*(?:,? [\p{Ll}’']+){1,4}: \S/u;
const NAME_TOKEN = /^\p{Lu}[\p{L}.’'-]*$/u;
// A sentence ends inside the line ("… one person shouts. Another …", "… power.” —King"): not a headline.
const INNER_SENTENCE_END = /\p{Ll}{3,}[.!?]["”’']?\s+["“‘]?\p{Lu}|\p{Ll}{2,}[.!?]["”’']\s/u;

/** Number of space-separated words. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The last character that is not a closing quote or bracket. */
function lastSignificant(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text.charAt(i))) i--;
  return i >= 0 ? text.charAt(i) : '';
}

/** Ends like a sentence: "… he said." or "… “afraid of you.”" */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.includes(lastSignificant(text));
}

/** A run-in label such as "Why it matters: …" (sentence case, 2–5 words, then a colon). */
export function isRunInLabel(text: string): boolean {
  return RUN_IN_LABEL.test(text);
}

/**
 * Could be a headline: one line, no closing full stop, not a bullet or run-in label.
 * Example: "Waltz: Ukraine needs to ‘tone it down’ amid ‘frustration’ with Zelensky".
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.length < 8 || text.length > 250) return false;
  const last = text.charAt(text.length - 1);
  if (CLAUSE_END.includes(last)) return false;
  if (CLOSERS.includes(last) && QUOTED_END.includes(lastSignificant(text))) return false;
  const words = wordCount(text);
  if (words < 2 || words > 40) return false;
  if (!HEADLINE_START.test(text.charAt(0))) return false;
  return !BULLETS.test(text) && !isRunInLabel(text) && !INNER_SENTENCE_END.test(text);
}

/** Reads as a body sentence: ends like one, or is long and cannot be a headline. */
export function isSentenceShaped(text: string): boolean {
  return endsLikeSentence(text) || (wordCount(text) >= 15 && !isHeadlineShaped(text));
}

/** Only capitalised names, 1–4 of them, no function words: "Trump Zelensky", "Wendy R. Sherman". */
export function isNamesOnly(text: string): boolean {
  if (text.length > 60) return false;
  const tokens = text.split(' ');
  if (tokens.length > 4) return false;
  for (const token of tokens) {
    if (!NAME_TOKEN.test(token) || FUNCTION_WORDS.has(token.toLowerCase())) return false;
  }
  return true;
}

const MASTHEAD_TOKEN = /^\p{Lu}[\p{L}&!’'.-]*$/u;

/**
 * A lone outlet name: one or two capitalised words ("Axios", "Fox News"), or up to four when all
 * capitals ("USA TODAY") or led by "The" ("The Washington Post").
 */
export function isMastheadShaped(text: string): boolean {
  if (text.length > 32) return false;
  const tokens = text.split(' ');
  if (tokens.length > 4) return false;
  for (const token of tokens) if (!MASTHEAD_TOKEN.test(token)) return false;
  if (tokens.length <= 2) return true;
  return text === text.toUpperCase() || tokens[0] === 'The';
}

const NAME_LIST_SEPARATOR = /,? and |, | & /u;
/** A person's name has at most four words ("Glenn Harlan Reynolds"); a headline runs longer. */
const MAX_NAME_WORDS = 4;

/** Several people's names and nothing else: "John Gable and Henry A. Brechter". */
export function isNameList(text: string): boolean {
  if (text.length > 120) return false;
  const names = text.split(NAME_LIST_SEPARATOR);
  if (names.length < 2) return false;
  for (const name of names) {
    const tokens = name.split(' ');
    if (tokens.length > MAX_NAME_WORDS) return false;
    for (const token of tokens) {
      if (!NAME_TOKEN.test(token) || POSSESSIVE.test(token) || FUNCTION_WORDS.has(token.toLowerCase())) return false;
    }
  }
  return true;
}

/** Most words of four letters or more are capitalised: "How Safe Is It To Eat Takeout?". */
export function isTitleCase(text: string): boolean {
  let long = 0;
  let capitalised = 0;
  for (const word of text.split(' ')) {
    if (word.length < 4) continue;
    long++;
    if (CAPITALISED_WORD.test(word)) capitalised++;
  }
  return long > 0 && capitalised / long >= 0.6;
}
