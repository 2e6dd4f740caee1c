import type { EventArgument } from '../../model/event.js';
import type { Mention, Sentence } from '../../model/language.js';
import { argumentUnits } from './argument-units.js';

/** "…met Zelensky and senior officials, including:" — the sentence hands its last party to a bulleted list. */
const INTRODUCES_LIST = /,?\s*including\s*:\s*$/iu;
const BULLET = /^\s*[-–•*]\s+/u;

/**
 * The people a sentence lists in the bullets after "including:" ("- Foreign Minister Andrii
 * Sybiha"): each bullet's named party joins the targets. Unnamed groups in the list are skipped.
 */
export function listedMembers(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], index: number): EventArgument[] {
  const sentence = sentences[index];
  if (!sentence || !INTRODUCES_LIST.test(text.slice(sentence.start, sentence.end))) return [];
  const out: EventArgument[] = [];
  for (let i = index + 1; i < sentences.length; i += 1) {
    const next = sentences[i];
    if (!next || !BULLET.test(text.slice(text.lastIndexOf('\n', next.start) + 1, next.end))) break;
    const units = argumentUnits(text, mentions.filter((m) => m.start >= next.start && m.end <= next.end));
    const named = units.find((u) => u.head.kind !== 'anonymous' && u.head.kind !== 'pronoun');
    if (named) out.push({ start: named.head.start, end: named.head.end, text: text.slice(named.head.start, named.head.end), kind: named.head.kind, code: named.head.code ?? null, rule: 'target-listed-member', staffOf: false, possessor: null });
  }
  return out;
}
