import { chooseDirect } from './assign-direct.js';
import { findFrames, type Frame } from './find-frames.js';
import { findMedium } from './find-medium.js';
import { frameWords } from './frame-region.js';
import { frameTokens } from './frame-tokens.js';
import { nestedSpeaker } from './nested-speaker.js';
import type { SpeakerPhrase } from './noun-phrase.js';
import type { Attribution, QuoteCandidate } from './quote-candidate.js';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.js';
import { nameMentions, readSpeakers, type SpeakerReading } from './resolve-speakers.js';
import { patternOf } from './rules/attribution-patterns.js';
import { NESTED_PARAPHRASE, SCARE_QUOTE, WORK_TITLE } from './rules/block-rules.js';
import { CITING } from './rules/speech-cues.js';
import { speechDate } from './speech-date.js';
import { splitUnits } from './text-units.js';
import { findWorkTitles } from './work-titles.js';

export interface FindQuotesOptions {
  /** The article's publication date (YYYY-MM-DD): "on Wednesday" resolves against it; null leaves such dates null. */
  published?: string | null;
  /** Collects the ids of blocking rules that fired (titles, scare quotes, nested paraphrase). */
  trace?: Set<string>;
}

/** Placeholder until every speaker of the text has been read. */
const UNREAD: SpeakerReading = { name: null, description: null, antecedent: null, why: [] };

/** Patterns whose quote starts a run that a following quote-only sentence continues. */
const OPENS_RUN = new Set(['direct-frame-after', 'direct-frame-before', 'direct-frame-inverted', 'direct-colon-intro', 'direct-continuation', 'direct-runs-on']);

interface Assigned {
  attribution: Attribution;
  pattern: string;
}

/** Trims a quote's words: surrounding spaces, and a trailing comma that belongs to the frame. */
function quoteBounds(text: string, q: QuotedSpan): { start: number; end: number } {
  let s = q.start;
  let e = q.end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  if (text[e - 1] === ',') e -= 1;
  return { start: s, end: e };
}

/**
 * Finds direct quotes (every quote style, split, run-on and nested quotes, quoted words credited
 * to someone) and indirect speech in plain text, each with the phrase that names its speaker.
 *
 * @example findQuotes('“He better move fast,” Trump said.')[0].text === 'He better move fast'
 */
export function findQuotes(text: string, opts: FindQuotesOptions = {}): QuoteCandidate[] {
  const published = opts.published ?? null;
  const trace = opts.trace ?? new Set<string>();
  const spans = findQuotedSpans(text);
  const titles = findWorkTitles(text, spans);
  if (titles.size > 0) trace.add(WORK_TITLE.id);
  const units = splitUnits(text, spans);
  const out: QuoteCandidate[] = [];
  const assigned = new Map<number, Assigned>();
  const names: SpeakerPhrase[] = [];
  let counter = 0;
  let runAttribution: Attribution | null = null;
  let introAttribution: Attribution | null = null;

  const attributionOf = (frame: Frame, frames: readonly Frame[], speaker: SpeakerPhrase = frame.speaker, extraWhy: string[] = []): Attribution => {
    const words = frameWords(text, frame, spans, titles, frames);
    const medium = findMedium(words, frame.regionStart);
    const date = speechDate(words, published);
    const why = [...frame.why, ...extraWhy, ...(medium ? [medium.rule] : []), ...(date ? [date.rule] : [])];
    return { index: counter++, speaker, cueStart: frame.cueStart, cueEnd: frame.cueEnd, medium, date, reading: UNREAD, why };
  };
  const pushDirect = (qi: number, a: Attribution, pattern: string): void => {
    const q = spans[qi];
    if (!q || assigned.has(qi)) return;
    const { start, end } = quoteBounds(text, q);
    if (end <= start) return;
    assigned.set(qi, { attribution: a, pattern });
    const rule = patternOf(pattern);
    out.push({ kind: 'direct', start, end, text: text.slice(start, end), attribution: a, rule: rule.id, why: [rule.id, q.mark, ...a.why], confidence: rule.confidence });
  };

  for (const unit of units) {
    const toks = frameTokens(text, unit, spans, titles);
    names.push(...nameMentions(text, toks));
    const frames = findFrames(text, toks);
    const byFrame = new Map<Frame, Attribution>();
    const attr = (f: Frame): Attribution => {
      const known = byFrame.get(f);
      if (known) return known;
      const made = attributionOf(f, frames);
      byFrame.set(f, made);
      return made;
    };
    for (const f of frames) {
      for (const piece of [f.content, f.tail]) {
        if (!piece) continue;
        const words = text.slice(piece.start, piece.end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
        if (words.length < 2) continue;
        const rule = patternOf(f.pattern);
        const a = attr(f);
        out.push({ kind: 'indirect', start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end), attribution: a, rule: rule.id, why: [rule.id, ...a.why], confidence: rule.confidence });
      }
    }
    const quoteToks = toks.filter((t) => t.kind === 'quote');
    let opensRun: Attribution | null = null;
    for (const qt of quoteToks) {
      const q = spans[qt.span];
      if (!q || assigned.has(qt.span)) continue;
      const previous = q.continues ? spans.findLast((p, k) => k < qt.span && p.depth === 0 && p.runsOn) : undefined;
      const runOn = previous ? (assigned.get(spans.indexOf(previous))?.attribution ?? null) : null;
      const choice = chooseDirect(q, qt, qt === toks[0], frames, { runOn, intro: introAttribution, run: runAttribution });
      if (!choice) {
        trace.add(SCARE_QUOTE.id);
        continue;
      }
      const a = 'carried' in choice ? choice.carried : choice.citing && choice.frame.citing ? attributionOf(choice.frame, frames, choice.frame.citing, [CITING.id]) : attr(choice.frame);
      pushDirect(qt.span, a, choice.pattern);
      if (OPENS_RUN.has(choice.pattern)) opensRun = a;
    }
    const lastFrame = frames[frames.length - 1];
    introAttribution = lastFrame?.introducesNext ? attr(lastFrame) : null;
    // A run of direct speech continues into the next sentence only from a sentence that framed or continued it.
    const framedRun = quoteToks.some((t) => OPENS_RUN.has(assigned.get(t.span)?.pattern ?? ''));
    runAttribution = framedRun ? opensRun : null;
  }

  spans.forEach((nested, i) => {
    if (nested.depth !== 1 || nested.parent === null || nested.close === null) return;
    const parent = spans[nested.parent];
    if (!parent || !assigned.has(nested.parent)) return;
    const found = nestedSpeaker(text, parent, nested);
    if (!found) {
      trace.add(NESTED_PARAPHRASE.id);
      return;
    }
    const why = [found.rule, ...found.speaker.why];
    pushDirect(i, { index: counter++, speaker: found.speaker, cueStart: found.cueStart, cueEnd: found.cueEnd, medium: null, date: null, reading: UNREAD, why }, 'direct-nested');
  });
  const readings = readSpeakers(out.map((q) => q.attribution.speaker), names);
  for (const q of out) {
    q.attribution.reading = readings.get(q.attribution.speaker) ?? UNREAD;
    q.why = [...new Set([...q.why, ...q.attribution.reading.why])];
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
