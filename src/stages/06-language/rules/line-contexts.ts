import type { LanguageRule } from './rule.js';
import type { TextContext } from '../../../model/language.js';

/**
 * A rule that marks part of a scraped line as a caption, a credit or a headline: the people in
 * them are not the story's actors. `find` returns the spans it marks, relative to the line.
 */
export interface LineContextRule extends LanguageRule {
  /** The context of the spans `find` returns. */
  context: Exclude<TextContext, 'body'>;
  /** The context of the rest of the line, if any (a caption around its photo credit). */
  lineContext?: Exclude<TextContext, 'body'>;
  /** A cheap test a line must pass before `find` runs (most lines are body text). */
  hint: (line: string) => boolean;
  find: (line: string) => { start: number; end: number }[];
}

const CAP = String.raw`\p{Lu}[\p{L}.’'-]*`;
const NAME = String.raw`${CAP}(?:\s(?:${CAP}|al|el|de|da|van|von|bin)){1,3}`;
const matchAll = (re: RegExp, group: number) => (line: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = [];
  for (const m of line.matchAll(re)) {
    const g = m[group];
    if (g === undefined || m.index === undefined) continue;
    const at = m.index + m[0].indexOf(g);
    out.push({ start: at, end: at + g.length });
  }
  return out;
};

const BIO_JOBS = 'editor|reporter|correspondent|writer|journalist|columnist|producer|contributor|anchor|photographer|news editor|staff writer';

export const LINE_CONTEXT_RULES: readonly LineContextRule[] = [
  {
    id: 'caption-photo-label',
    context: 'credit',
    lineContext: 'caption',
    hint: (line) => /Photo|Image|Picture/.test(line),
    find: matchAll(/\b(?:Photo|Photograph|Image|Picture)s?(?: credit)?:\s?([^.!?“”"]{2,90}\)?)$/gu, 1),
    reason: 'A caption ends with its credit after "Photo:"; the photographer is a credit and the pictured people are caption mentions.',
    examples: ['Ukraine’s President Volodymyr Zelensky (R) with US Secretary of Treasury Scott Bessent. Photo: Tetiana Dzhafarova/AFP via Getty'],
    counterExamples: ['The photo: a crowd outside the embassy, which the ministry later said was staged.'],
  },
  {
    id: 'caption-trailing-credit',
    context: 'credit',
    lineContext: 'caption',
    hint: (line) => line.includes('/'),
    find: matchAll(new RegExp(String.raw`(?:^|[\s.])(${NAME})\s?\/\s?${CAP}(?:\s(?:via\s)?${CAP})*\)?\s*$`, 'gu'), 1),
    reason: 'A caption line ends with "Photographer Name/Agency" and no full stop.',
    examples: ['Vice President JD Vance speaks with the prime minister in the Oval Office on February 28 in Washington, D.C. Mystyslav Chernov/AP'],
    counterExamples: ['The U.S./Ukraine deal is near, officials said.'],
  },
  {
    id: 'credit-reporting-by',
    context: 'credit',
    hint: (line) => line.includes('('),
    find: matchAll(/\(((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research)\s+[Bb]y\b[^)]*)\)?/gu, 1),
    reason: 'Wire credit lines "(Reporting by …; Editing by …)" name staff, not actors.',
    examples: ['(Reporting By Jeff Mason and Jarrett Renshaw; Editing by Chris Reese)'],
    counterExamples: ['Reporting by the agency was accurate, he said.'],
  },
  {
    id: 'credit-byline',
    context: 'credit',
    lineContext: 'credit',
    hint: (line) => line.startsWith('By ') && line.length < 120,
    find: matchAll(new RegExp(String.raw`^(By\s${NAME}(?:(?:,|\sand)\s${NAME})*)\s*$`, 'gu'), 1),
    reason: 'A byline line names the writer, who is not an actor.',
    examples: ['By Jeff Mason and Jarrett Renshaw'],
    counterExamples: ['By signing up, I agree to the Terms of Use.'],
  },
  {
    id: 'credit-run-in-header',
    context: 'credit',
    hint: (line) => line.includes(' \\ '),
    find: matchAll(/ \\ ([^\\]{2,40}?)(?= \\)/gu, 1),
    reason: 'Run-in headers separated by backslashes ("Newslooks \\ Washington DC \\ Mary Sidiqi \\") hold outlet, place and writer.',
    examples: ['Deal Near \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are close.'],
    counterExamples: ['The path C:\\Users is a folder.'],
  },
  {
    id: 'credit-author-bio',
    context: 'credit',
    lineContext: 'credit',
    hint: (line) => / (?:is|was) (?:an?|the) /.test(line.slice(0, 80)),
    find: matchAll(new RegExp(String.raw`^(${NAME}\s(?:is|was)\s(?:an?|the)\s(?:[\p{L}-]+\s){0,4}(?:${BIO_JOBS})\b.*)$`, 'gui'), 1),
    reason: 'An author bio ("Sonam Sheth is an Evening Politics Editor at Newsweek …") describes staff, not actors.',
    examples: ['Jane Doe is a senior reporter at Example News who covers trade.'],
    counterExamples: ['Keith Kellogg is a retired general who serves as envoy.'],
  },
  {
    id: 'credit-outlet-staff',
    context: 'credit',
    hint: (line) => /scooped|first reported|contributed/.test(line),
    find: matchAll(new RegExp(String.raw`${CAP}(?:’s|'s|’|')\s(${NAME}(?:\sand\s${NAME})?)\s(?:scooped|first reported|contributed)`, 'gu'), 1),
    reason: 'An outlet\'s own reporters ("Axios\' Barak Ravid and Marc Caputo scooped") are not actors.',
    examples: ['Talks are ongoing, Axios’ Barak Ravid and Marc Caputo scooped.'],
    counterExamples: ['Trump’s envoy Steve Witkoff said talks are ongoing.'],
  },
  {
    id: 'headline-title-case',
    context: 'headline',
    hint: (line) => line.length < 160,
    find: (line) => (isTitleCaseLine(line) ? [{ start: 0, end: line.length }] : []),
    reason: 'In a Title Case heading every word is capitalised, so capitals do not mark names there; only names known from the body count.',
    examples: ['Kellogg’s Kyiv Visit Helps Restart Negotiations'],
    counterExamples: ['Kellogg’s visit helped restart negotiations', '- Foreign Minister Andrii Sybiha'],
  },
];

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'but', 'at', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'over', 'amid', 'is', 'are']);

/** Three or more words, nearly all capitalised, no closing full stop, not a list item. */
export function isTitleCaseLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 160 || /[.,;]$/.test(t) || /^[-•*–]\s/.test(t)) return false;
  let words = 0;
  let caps = 0;
  for (const w of t.split(/\s+/)) {
    if (!/\p{L}/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) continue;
    words += 1;
    if (/^[^\p{L}]*\p{Lu}/u.test(w)) caps += 1;
  }
  return words >= 3 && caps / words >= 0.85;
}
