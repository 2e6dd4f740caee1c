import type { Article } from '../../model/article.js';
import type { DateMention, EventArgument, EventLocation, EventMention } from '../../model/event.js';
import type { Mention, Sentence, Token } from '../../model/language.js';
import { contentId } from '../../pipeline/ids.js';
import type { TriggerMatch } from './event-argument.js';
import { assignDates } from './event-dates.js';
import { findMood, type Mood } from './find-mood.js';
import { findParties } from './find-parties.js';
import type { ArticleState } from './find-source.js';
import { findLocation, hostPlace } from './find-target.js';
import { findTriggers, scanTriggers } from './find-triggers.js';
import { listedMembers } from './listed-members.js';
import { ploverIntensity } from './plover-scores.js';
import { findQuoteSpans } from './quote-spans.js';
import { viewSentence, type SentenceView } from './sentence-view.js';
import { frameHolding, speechFrames, type SpeechFrame } from './speech-frames.js';

/** The layers stage 09 reads. */
export interface EventInput {
  article: Article;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  tokens?: readonly Token[];
  dates: readonly DateMention[];
}

/** Types whose host can be the place they happened in ("talks in Ankara", "a protest in Beijing"). */
const HOSTED_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'PROTEST', 'MOBILIZE']);
/** Rules whose source or target was a guess: they lower an event's confidence. */
const WEAK_RULES = /heading-before-colon|speaker-fallback|other-party|host-place|host-previous/u;

/** Words that are the act itself ("X said on Thursday that Y needs to …") are dated by their reporting clause. */
function reportingDate(view: SentenceView, frames: readonly SpeechFrame[], m: TriggerMatch): DateMention | null {
  const frame = frameHolding(frames, m.start);
  if (!frame) return null;
  const near = [...view.dates].sort((a, b) => Math.abs(a.start - frame.cueStart) - Math.abs(b.start - frame.cueStart));
  return near[0] ?? null;
}

/** Items grouped by the sentence that holds their span (one pass over both lists, sorted by start). */
function bySentence<T>(sentences: readonly Sentence[], items: readonly T[], span: (x: T) => { start: number; end: number }): T[][] {
  const out: T[][] = sentences.map(() => []);
  const sorted = [...items].sort((a, b) => span(a).start - span(b).start);
  let s = 0;
  for (const x of sorted) {
    const { start, end } = span(x);
    while (s < sentences.length && (sentences[s]?.end ?? 0) < end) s += 1;
    const sentence = sentences[s];
    if (sentence && start >= sentence.start && end <= sentence.end) out[s]?.push(x);
  }
  return out;
}

function overlaps(a: EventArgument | null, b: EventArgument | null): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

/** One trigger with what was found around it, before it becomes one event per source–target pair. */
interface Found {
  m: TriggerMatch;
  sentence: Sentence;
  index: number;
  implicitTarget: 'counterpart' | null;
  location: EventLocation | null;
  dateMention: DateMention | null;
  mood: Mood;
}

/** The event record of one source–target pair, with its evidence span and every rule behind it. */
function toEventMention(article: Article, f: Found, s: EventArgument | null, t: EventArgument | null, stageVersion: string): EventMention {
  const { m, sentence, dateMention, mood, implicitTarget } = f;
  const spans: { start: number; end: number }[] = [m, s, t].flatMap((x) => (x !== null && x.start >= sentence.start && x.end <= sentence.end ? [{ start: x.start, end: x.end }] : []));
  const why = [m.rule.id, ...(s ? [s.rule] : []), ...(t ? [t.rule] : []), ...(implicitTarget ? ['target-implicit-counterpart'] : []), ...mood.why, ...(dateMention ? [dateMention.rule] : [])];
  const mode = m.rule.mode ?? null;
  return {
    id: contentId('event', article.id, m.rule.id, String(m.start), String(s?.start ?? -1), String(t?.start ?? -1)),
    article: article.id, type: m.rule.type, mode, cameo: m.rule.cameo, intensity: ploverIntensity(m.rule.type, mode),
    start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)),
    triggerStart: m.start, triggerEnd: m.end, trigger: m.text, sentence: f.index,
    source: s, target: t, implicitTarget, reciprocal: m.rule.reciprocal === true,
    negated: mood.negated, modality: mood.modality,
    date: dateMention?.precision === 'day' ? dateMention.date : null, dateMention, location: f.location,
    rule: m.rule.id, why,
    confidence: Math.max(0.1, (m.rule.confidence ?? 0.7) - (why.some((w) => WEAK_RULES.test(w)) ? 0.2 : 0) - (implicitTarget ? 0.2 : 0)),
    stage: 'events', stageVersion,
  };
}

/** Finds the events of one article: triggers, their parties, negation, modality, date and place. */
export function extractEvents(input: EventInput, stageVersion: string): EventMention[] {
  const { article, sentences, mentions, dates } = input;
  const text = article.text;
  const quotes = findQuoteSpans(text);
  const state: ArticleState = { lastConsult: null, lastSource: null };
  const rawBySentence = bySentence(sentences, scanTriggers(text), (r) => r.match);
  const mentionsOf = bySentence(sentences, mentions, (m) => m);
  const out: EventMention[] = [];
  sentences.forEach((sentence, index) => {
    const own = mentionsOf[index] ?? [];
    const raw = rawBySentence[index] ?? [];
    if (raw.length === 0) return;
    // Title Case headings summarise the body; their mentions are marked as headline context.
    if (own.some((x) => x.context === 'headline')) return;
    const view = viewSentence(text, index, sentence, own, dates, quotes, input.tokens ?? []);
    if (view.units.length === 0) return;
    const frames = speechFrames(view);
    const found = findTriggers(view, raw).flatMap((m) => {
      const { source, targets: named } = findParties(view, m, frames, state);
      const location = findLocation(view, m, [...(source?.args ?? []), ...named]);
      const hosted = named.length === 0 && HOSTED_TYPES.has(m.rule.type) ? hostPlace(location, source) : named;
      const targets = hosted.length > 0 ? [...hosted, ...listedMembers(text, sentences, mentions, index)] : hosted;
      const implicitTarget = targets.length === 0 && m.rule.counterpart ? 'counterpart' as const : null;
      if (targets.length === 0 && implicitTarget === null && m.rule.needsTarget) return [];
      if (!source && targets.length === 0) return [];
      const first = source?.args[0];
      if (first) {
        state.lastSource = { source: first, sentence: index };
        if (m.rule.type === 'CONSULT' && !m.rule.negated) state.lastConsult = { source: first, sentence: index };
      }
      return [{ m, source, targets, implicitTarget, location }];
    });
    // Dates go to the triggers that made events, so a dropped trigger cannot take an event's date.
    const dateOf = assignDates(view, found.map((f) => f.m));
    for (const { m, source, targets, implicitTarget, location } of found) {
      const dateMention = dateOf.get(m) ?? (m.rule.source === 'speaker' ? reportingDate(view, frames, m) : null);
      const f: Found = { m, sentence, index, implicitTarget, location, dateMention, mood: findMood(view, m, dateMention?.tense === 'future') };
      for (const s of source?.args ?? [null]) {
        for (const t of targets.length > 0 ? targets : [null]) if (!overlaps(s, t)) out.push(toEventMention(article, f, s, t, stageVersion));
      }
    }
  });
  return out;
}
