import type { LanguageLayer } from '../../model/language.js';
import { findEntities } from './find-entities.js';
import { findKnownSurnames } from './find-known-surnames.js';
import { findNames } from './find-names.js';
import { findNumbers, findPronouns } from './find-small-words.js';
import { findAllies } from './find-allies.js';
import { findSources } from './find-sources.js';
import { correctTypos } from './correct-typos.js';
import { findTitles } from './find-titles.js';
import { markContexts } from './mark-contexts.js';
import { createScan } from './scan.js';
import { splitSentences } from './split-sentences.js';
import { buildTextWork } from './text-work.js';
import { parseWithWink } from './wink.js';

/** The language layer of one text, and every rule id that fired on it (for the rule-example tests). */
export interface Analysis {
  layer: LanguageLayer;
  fired: ReadonlySet<string>;
}

/** Parses a text once with wink-nlp, then runs the recognisers in an order where each can use the last. */
export function analyseText(text: string): Analysis {
  const work = buildTextWork(text, parseWithWink(text));
  const sentences = splitSentences(work);
  markContexts(work);
  const scan = createScan(work, sentences);
  findEntities(scan);
  correctTypos(scan);
  findTitles(scan);
  findNames(scan);
  findKnownSurnames(scan);
  findSources(scan);
  findAllies(scan);
  findPronouns(scan);
  findNumbers(scan);
  const mentions = scan.mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens = work.value.map((_, i) => ({ start: work.start[i] ?? 0, end: work.end[i] ?? 0, pos: work.pos[i] ?? '' }));
  return { layer: { sentences, tokens, mentions }, fired: work.fired };
}
