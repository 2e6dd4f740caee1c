import { GRAM_WORDS, WINDOW_WORDS, type ArticleUnits } from './article-units.js';
import { isContentKey } from './content-words.js';
import { rarity, type CorpusStats } from './corpus-stats.js';
import type { Match } from './match.js';

/**
 * Runs of rare 4-grams of the reporter's own words that both articles share, in the same order:
 * a phrase (weighted by length and rarity), or a name when all its content words are capitalised.
 */
export function matchPhrases(orig: ArticleUnits, other: ArticleUnits, stats: CorpusStats): Match[] {
  const hits: { i: number; j: number; r: number }[] = [];
  // Both gram lists are sorted by hash: one merge finds the shared ones; each start i holds one gram, so the sort below fixes their order.
  const [a, b] = [orig.grams, other.grams];
  for (let x = 0, y = 0; x < a.keys.length && y < b.keys.length;) {
    const h = a.keys[x]!;
    const k = b.keys[y]!;
    if (h < k) x++;
    else if (h > k) y++;
    else {
      hits.push({ i: a.at[x]!, j: b.at[y]!, r: rarity(stats.grams.get(h)) });
      x++;
      y++;
    }
  }
  hits.sort((x, y) => x.i - y.i);
  const out: Match[] = [];
  let run: { i0: number; i1: number; j0: number; j1: number; r: number; n: number } | null = null;
  const flush = (): void => {
    if (!run) return;
    const r = run.r / run.n;
    const length = run.i1 - run.i0 + GRAM_WORDS;
    // A long verbatim run is cut into window-sized pieces, so copied text counts as many ordered units.
    for (let from = 0; from < length; from += WINDOW_WORDS) {
      const n = Math.min(WINDOW_WORDS, length - from);
      if (from > 0 && n < GRAM_WORDS) break;
      const wa = orig.words.slice(run.i0 + from, run.i0 + from + n);
      // A run whose content words are all capitalised is a name or title, which independent reports share.
      const name = wa.filter((w) => isContentKey(w.key)).every((w) => w.capital);
      out.push({
        kind: name ? 'name' : 'phrase', rule: name ? 'shared-name-phrase' : 'shared-rare-phrase',
        weight: name ? 0.5 * r : r * Math.min(3, n / 5),
        a: { start: wa[0]!.start, end: wa[n - 1]!.end },
        b: { start: other.words[run.j0 + from]!.start, end: other.words[run.j0 + from + n - 1]!.end },
        covers: true,
      });
    }
    run = null;
  };
  for (const { i, j, r } of hits) {
    if (run && i === run.i1 + 1 && j === run.j1 + 1) {
      run.i1 = i;
      run.j1 = j;
      run.r += r;
      run.n += 1;
      continue;
    }
    flush();
    run = { i0: i, i1: i, j0: j, j1: j, r, n: 1 };
  }
  flush();
  return out;
}
