import type { ParleyExport } from '../model/export.js';
import type { GoldFile } from './gold.js';
import { scoreFront, type FrontScores, type Ratio } from './score-front.js';
import { scoreActors, type ActorScores } from './score-actors.js';
import { scoreQuotes, type Prf, type QuoteScores } from './score-quotes.js';
import { formatScores, pct } from './format-scores.js';
import { scoreEvents, type EventScores } from './score-events.js';
import { formatSourceScores, scoreSources, type SourceScores } from './score-sources.js';
import { formatDealScores, scoreDeal, type DealScores } from './score-deal.js';

/** Every component `parley eval` scores, against one set of gold files. */
export interface EvalReport {
  front: FrontScores;
  actors: ActorScores;
  quotes: QuoteScores;
  events: EventScores;
  sources: SourceScores;
  deal: DealScores;
}

export function evaluate(exported: ParleyExport, gold: GoldFile[]): EvalReport {
  return {
    front: scoreFront(exported.articles, gold),
    actors: scoreActors(exported.actors, gold, exported.articles),
    quotes: scoreQuotes(exported.articles, exported.quotes, exported.actors, gold),
    events: scoreEvents(exported, gold),
    sources: scoreSources(exported.articles, exported.contradictions, gold),
    deal: scoreDeal(exported, gold),
  };
}

const prf = (p: Prf): string => `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (${p.hit} of ${p.gold} gold, ${p.system} found)`;

/** The eval report as printed by `parley eval`. */
export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines = ['articles — segmentation, furniture, metadata', formatScores(r.front, verbose), ''];
  const width = 44;
  lines.push('actors — people', `${'people recall'.padEnd(width)}  ${pct(r.actors.people.recall)}  ${r.actors.people.recall.hit}/${r.actors.people.recall.total}`);
  lines.push(`${'people precision'.padEnd(width)}  ${pct(r.actors.people.precision)}  ${r.actors.people.precision.hit}/${r.actors.people.precision.total}`);
  lines.push(`${'affiliation right (matched people)'.padEnd(width)}  ${pct(r.actors.affiliation)}  ${r.actors.affiliation.hit}/${r.actors.affiliation.total}`);
  lines.push(`${'role right (matched people)'.padEnd(width)}  ${pct(r.actors.role)}  ${r.actors.role.hit}/${r.actors.role.total}`);
  lines.push('', 'quotes — found, and found with the right speaker (end to end)');
  lines.push(`${'direct, end to end'.padEnd(width)}  ${prf(r.quotes.direct.endToEnd)}`);
  lines.push(`${'direct, found'.padEnd(width)}  ${prf(r.quotes.direct.detection)}`);
  lines.push(`${'indirect, end to end'.padEnd(width)}  ${prf(r.quotes.indirect.endToEnd)}`);
  lines.push(`${'indirect, found'.padEnd(width)}  ${prf(r.quotes.indirect.detection)}`);
  const e = r.events;
  lines.push('', 'events — (source, type, target), asserted acts');
  lines.push(`${'events'.padEnd(width)}  P ${e.precision.toFixed(3)}  R ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}  (${e.tp} matched, ${e.fp} extra, ${e.fn} missed)`);
  lines.push(`${'events, date within one day where gold dates'.padEnd(width)}  F1 ${e.strictF1.toFixed(3)}`);
  lines.push(`${'date within one day (matched, gold-dated)'.padEnd(width)}  ${pct(e.date)}  ${e.date.hit}/${e.date.total}`);
  lines.push(`${'negation right (matched)'.padEnd(width)}  ${pct(e.negation)}  ${e.negation.hit}/${e.negation.total}`);
  lines.push('', 'sources — derivation and contradictions', formatSourceScores(r.sources, verbose));
  lines.push('', 'deal — issues, positions, drafts, outlook', formatDealScores(r.deal, verbose));
  if (verbose) {
    if (r.actors.misses.length > 0) lines.push('', 'actor misses:', ...r.actors.misses.map((m) => `  ${m}`));
    if (r.quotes.misses.length > 0) lines.push('', 'quote misses:', ...r.quotes.misses.map((m) => `  ${m}`));
  }
  return lines.join('\n');
}
