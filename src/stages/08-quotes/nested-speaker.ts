import { frameTokens, type Tok } from './frame-tokens.js';
import { matchCues } from './match-cues.js';
import { phraseEndingAt, type SpeakerPhrase } from './noun-phrase.js';
import type { QuotedSpan } from './quoted-spans.js';
import type { TextUnit } from './text-units.js';

/** The nested quote's speaker when the words before it inside the outer quote name one: "as the vice president said, ‘…’". */
export function nestedSpeaker(text: string, parent: QuotedSpan, nested: QuotedSpan): { speaker: SpeakerPhrase; cueStart: number; cueEnd: number; rule: string } | null {
  const unit: TextUnit = { start: parent.start, end: nested.open, paragraph: -1 };
  const toks: Tok[] = frameTokens(text, unit, [], new Set()).filter((t) => t.end <= nested.open);
  let last = toks.length - 1;
  if (toks[last]?.lower === ',' || toks[last]?.lower === ':') last -= 1;
  const hit = matchCues(toks).find((h) => h.last === last && h.rule.frames);
  if (!hit) return null;
  const speaker = phraseEndingAt(text, toks, hit.first - 1, 0);
  if (!speaker || speaker.form === 'pronoun') return null;
  return { speaker, cueStart: toks[hit.first]?.start ?? 0, cueEnd: toks[hit.last]?.end ?? 0, rule: hit.rule.id };
}
