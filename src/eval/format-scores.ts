import type { FrontScores, Ratio } from './score-front.js';

/** A ratio as a right-aligned percentage for the eval tables. */
export const pct = (r: Ratio): string => (r.total === 0 ? '   n/a' : `${((100 * r.hit) / r.total).toFixed(1).padStart(5)}%`);

/** The eval table as printed by `parley eval`. */
export function formatScores(s: FrontScores, verbose: boolean): string {
  const rows: [string, Ratio][] = [
    ['segmentation recall (articles found)', s.segmentation.recall],
    ['segmentation precision', s.segmentation.precision],
    ['outlet right where printed', s.outletPrinted],
    ['outlet left unknown where none printed', s.outletUnknownKept],
    ['title right where printed', s.titles],
    ['published right where printed', s.publishedPrinted],
    ['published within 1 day where inferred', s.publishedInferredWithinOneDay],
    ['published left unknown where gold has none', s.publishedUnknownKept],
    ['dates that state their evidence', s.publishedWithEvidence],
    ['furniture lines removed', s.furnitureRemoved],
    ['body strings kept (quotes, evidence)', s.bodyKept],
  ];
  const width = Math.max(...rows.map(([n]) => n.length));
  const lines = [`${'component'.padEnd(width)}   score     hit/total`];
  for (const [name, r] of rows) lines.push(`${name.padEnd(width)}  ${pct(r)}  ${String(r.hit).padStart(5)}/${r.total}`);
  lines.push(`${'largest inferred-date error (days)'.padEnd(width)}  ${s.publishedInferredMaxDaysOff === null ? 'n/a' : s.publishedInferredMaxDaysOff}`);
  if (verbose && s.misses.length > 0) lines.push('', 'misses:', ...s.misses.map((m) => `  ${m}`));
  return lines.join('\n');
}
