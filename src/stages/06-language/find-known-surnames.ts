import { capsUninformative } from './name-evidence.js';
import { addMention, type Scan } from './scan.js';
import { Shape } from './text-work.js';

/**
 * A capitalised word equal to the surname of a person named elsewhere in the article is that
 * person, wherever it stands (sentence start, heading, possessive, "Trump Zelensky" caption runs).
 */
export function findKnownSurnames(scan: Scan): void {
  const { work } = scan;
  const surnames = new Set<string>();
  for (let m = 0; m < scan.mentions.length; m += 1) {
    const mention = scan.mentions[m];
    if (!mention || mention.kind !== 'person' || mention.context === 'credit') continue;
    // "Sanders Iowa …" at a sentence start is weak evidence: its last word must not spread through the article.
    if (mention.rule === 'given-name-surname' && capsUninformative(scan, scan.firstToken[m] ?? 0, scan.sentences[mention.sentence]?.tokenStart ?? 0)) continue;
    const last = (scan.lastToken[m] ?? 0) - 1;
    if (work.shape[last] === Shape.CAP) surnames.add(work.lower[last] ?? '');
  }
  if (surnames.size === 0) return;
  const replaced = new Set<number>();
  // "Tony Blair" left as a candidate (both English words) is a person once "Mr Blair" is known.
  const count = scan.mentions.length;
  for (let k = 0; k < count; k += 1) {
    const m = scan.mentions[k];
    const first = scan.firstToken[k] ?? 0;
    const last = (scan.lastToken[k] ?? 0) - 1;
    if (!m || m.kind !== 'name' || last - first < 1 || last - first > 3 || !surnames.has(work.lower[last] ?? '')) continue;
    // "Warned Zelenskyy" after a colon: the first word is capitalised for the position, not as a name.
    if (work.english(first) && capsUninformative(scan, first, scan.sentences[m.sentence]?.tokenStart ?? first)) continue;
    replaced.add(k);
    const index = addMention(scan, first, last + 1, { kind: 'person', rule: 'known-surname' }, false);
    for (let t = first; t <= last; t += 1) scan.owner[t] = index;
  }
  for (let i = 0; i < work.n; i += 1) {
    if (work.shape[i] !== Shape.CAP || !surnames.has(work.lower[i] ?? '')) continue;
    const owner = scan.owner[i] ?? -1;
    const current = owner >= 0 ? scan.mentions[owner] : undefined;
    if (current && current.kind !== 'name') continue;
    if (current && owner >= 0) replaced.add(owner);
    const index = addMention(scan, i, i + 1, { kind: 'person', rule: 'known-surname' }, false);
    scan.owner[i] = index;
  }
  if (replaced.size > 0) dropMentions(scan, replaced);
}

/** Removes mentions and re-derives which mention owns each token (earlier mentions keep theirs). */
function dropMentions(scan: Scan, drop: ReadonlySet<number>): void {
  const keep = scan.mentions.map((_, k) => !drop.has(k));
  scan.mentions = scan.mentions.filter((_, k) => keep[k]);
  scan.firstToken = scan.firstToken.filter((_, k) => keep[k]);
  scan.lastToken = scan.lastToken.filter((_, k) => keep[k]);
  scan.owner.fill(-1);
  for (let k = 0; k < scan.mentions.length; k += 1) {
    for (let t = scan.firstToken[k] ?? 0; t < (scan.lastToken[k] ?? 0); t += 1) if ((scan.owner[t] ?? -1) < 0) scan.owner[t] = k;
  }
}
