import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolnear, loadPolnearDev, scorePolnear } from './polnear.js';
import { loadCameoToPlover, loadPetrarch, scorePetrarch } from './petrarch.js';
import { scoreNgecActors } from './ngec-actors.js';

/**
 * Measurements on public gold beside the checkout (PolNeAR attribution, PETRARCH-2 events,
 * NGEC actors): news Parley was not built on. They are reports, not tests: the test suite uses
 * only what is in the repository. The floors are what each was measured at when pinned.
 */
export const EXTERNAL_FLOORS = {
  polnearContentOverlapF1: 0.48,
  petrarchType: 0.5,
  petrarchSourceCountry: 0.5,
  petrarchTargetCountry: 0.6,
  ngecCountry: 0.55,
} as const;

const share = (r: { hit: number; total: number }): number => (r.total === 0 ? 0 : r.hit / r.total);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Runs every external evaluation whose data is present under `sharedRoot`; says which are missing. */
export function runExternalEvals(sharedRoot: string): { text: string; json: Record<string, unknown> } {
  const lines: string[] = [];
  const json: Record<string, unknown> = {};
  const polnear = loadPolnearDev(join(sharedRoot, 'gold', 'polnear', 'polnear_dev.jsonl'));
  if ('missing' in polnear) lines.push(`PolNeAR: skipped (${polnear.missing})`);
  else {
    const s = scorePolnear(polnear.docs);
    json.polnear = s;
    lines.push('PolNeAR dev — attribution spans', formatPolnear(s), `floor: content overlap F1 ≥ ${EXTERNAL_FLOORS.polnearContentOverlapF1} → ${s.content.overlap.f1 >= EXTERNAL_FLOORS.polnearContentOverlapF1 ? 'held' : 'BELOW'}`);
  }
  const records = loadPetrarch(join(sharedRoot, 'gold', 'petrarch2-gsr', 'petr2_gsr_normalized.jsonl'));
  const cameo = loadCameoToPlover(join(sharedRoot, 'reference', 'plover', 'CAMEO2PLOVER-2021.txt'));
  if (!records || !cameo) lines.push('', 'PETRARCH-2: skipped (validation sentences or the CAMEO→PLOVER table not found)');
  else {
    const s = scorePetrarch(records, cameo);
    json.petrarch = s;
    lines.push('', `PETRARCH-2 validation (${s.sentences} sentences) — events`,
      `event type via CAMEO→PLOVER  ${pct(share(s.type))}  ${s.type.hit}/${s.type.total}`,
      `source country               ${pct(share(s.sourceCountry))}  ${s.sourceCountry.hit}/${s.sourceCountry.total}`,
      `target country               ${pct(share(s.targetCountry))}  ${s.targetCountry.hit}/${s.targetCountry.total}`,
      `no event where none expected ${pct(share(s.quietWhereNone))}  ${s.quietWhereNone.hit}/${s.quietWhereNone.total}`);
  }
  const ngec = join(sharedRoot, 'gold', 'ngec-actors', 'ngec_actor_cases.jsonl');
  if (!existsSync(ngec)) lines.push('', 'NGEC actors: skipped (ngec_actor_cases.jsonl not found)');
  else {
    const s = scoreNgecActors(ngec);
    json.ngec = { ...s, misses: s.misses.length };
    lines.push('', 'NGEC actor descriptions — country', `country right  ${pct(s.correct / Math.max(1, s.total))}  ${s.correct}/${s.total} (with a country ${s.withCountry.correct}/${s.withCountry.total}, without ${s.withoutCountry.correct}/${s.withoutCountry.total})`);
  }
  return { text: lines.join('\n'), json };
}
