import type { Quote } from '../../../model/quote.js';
import type { IssueMention } from '../issues/issue-mention.js';
import type { HolderSlot } from '../rules/rule-types.js';
import type { ActorAt, ArticleContext } from '../text/article-context.js';
import type { CueMatch } from './cue-match.js';

/** Who holds a stance, and how we know. */
export interface Holder {
  actor: string;
  /** The words naming the holder, when the text names it. */
  start: number | null;
  end: number | null;
  rule: string;
  source: 'sentence' | 'quote' | 'event';
  sourceId: string | null;
}

/** A draft mention with its author, as far as positions need it. */
export interface AuthoredDraft {
  sentence: number;
  start: number;
  end: number;
  author: string | null;
}

const PREPOSITIONS = new Set(['of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over', 'about', 'against', 'between', 'among', 'amid', 'toward', 'towards', 'without', 'within', 'through', 'across', 'after', 'before', 'during', 'than', 'like', 'upon', 'via']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|we|We|us|our|Our|my|My)(?![\p{L}'’])/gu;

function wordIndexAt(ctx: ArticleContext, offset: number): number {
  return ctx.words.findIndex((w) => w.start >= offset);
}

/** "between the U.S. and Ukraine", "to Kyiv": a name inside a prepositional phrase is not a subject. */
function governed(ctx: ArticleContext, at: ActorAt, depth = 0): boolean {
  let i = wordIndexAt(ctx, at.start) - 1;
  while (i >= 0 && DETERMINERS.has(ctx.words[i]?.lower ?? '')) i -= 1;
  const prev = ctx.words[i];
  if (!prev) return false;
  if (PREPOSITIONS.has(prev.lower)) return true;
  if ((prev.lower === 'and' || prev.lower === 'or') && depth < 3) {
    const before = ctx.actors.filter((a) => a.end <= prev.start && prev.start - a.end <= 2).pop();
    return before ? governed(ctx, before, depth + 1) : false;
  }
  return false;
}

/** "a U.S. proposal", "U.S. security guarantees": a name that qualifies the noun after it is not a subject. */
function preModifier(ctx: ArticleContext, at: ActorAt, cueStart: number): boolean {
  const next = ctx.words[wordIndexAt(ctx, at.end)];
  if (!next || next.start >= cueStart) return false;
  if (next.lower === "'s") return false;
  return next.pos === 'NOUN' && !next.capital;
}

// Only auxiliaries and adverbs between a name and the verb: "Ukraine has been pushing", "Zelenskiy on Wednesday rejected".
const ADJACENT = /^(?:['’]s)?\s*(?:,\s*)?(?:(?:has|have|had|is|are|was|were|be|been|being|will|would|could|should|must|may|might|can|did|does|do|not|also|again|just|still|now|then|even|on\s+\p{Lu}\p{L}+|\p{L}+ly)\s+)*$/u;

/** The nearest actor before `to` (from `from` on) that can be the clause subject; a name right before the verb always can. */
export function nearestSubject(ctx: ArticleContext, from: number, to: number): ActorAt | null {
  const candidates = ctx.actors.filter((a) => a.start >= from && a.end <= to);
  const adjacent = [...candidates].reverse().find((a) => ADJACENT.test(ctx.text.slice(a.end, to)));
  if (adjacent && !candidates.some((b) => b !== adjacent && b.start <= adjacent.start && adjacent.end <= b.end && b.end - b.start > adjacent.end - adjacent.start)) return adjacent;
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const a = candidates[i];
    if (!a) continue;
    // A shorter mention inside a longer one ("U.S." in "U.S. officials") stands for the longer.
    if (candidates.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start)) continue;
    if (governed(ctx, a) || preModifier(ctx, a, to)) continue;
    return a;
  }
  return null;
}

function quoteAround(ctx: ArticleContext, start: number, end: number): Quote | undefined {
  // The innermost quote: a direct quote inside an indirect one speaks for its own speaker.
  return ctx.quotes.filter((q) => q.start <= start && end <= q.end).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
}

function fromActor(a: ActorAt, rule: string): Holder {
  return { actor: a.actor.id, start: a.start, end: a.end, rule, source: 'sentence', sourceId: null };
}

/** The holder of a verb cue: the event's source, the subject inside the quote or its speaker, or the sentence subject. */
function subjectHolder(ctx: ArticleContext, cue: CueMatch, hasParty: (actor: string) => boolean): Holder | null {
  const event = ctx.events.find((e) => e.source && e.triggerStart < cue.end && cue.start < e.triggerEnd);
  if (event?.source && hasParty(event.source)) return { actor: event.source, start: event.sourceText?.start ?? null, end: event.sourceText?.end ?? null, rule: 'holder-event-source', source: 'event', sourceId: event.id };
  const sentence = ctx.sentences[cue.sentence];
  const q = quoteAround(ctx, cue.start, cue.end);
  if (q) {
    // Only the cue's own sentence of a long quote: "… stop Putin. And they must give us …" is not Putin's demand.
    const from = Math.max(q.start, sentence?.start ?? 0);
    const inside = nearestSubject(ctx, from, cue.start);
    const firstPerson = [...ctx.text.slice(from, cue.start).matchAll(FIRST_PERSON)].pop();
    const pronounAt = firstPerson ? from + (firstPerson.index ?? 0) : -1;
    if (inside && inside.start > pronounAt) return fromActor(inside, 'holder-subject-in-quote');
    if (q.speaker && hasParty(q.speaker)) return { actor: q.speaker, start: q.speakerStart, end: q.speakerEnd, rule: 'holder-quote-speaker', source: 'quote', sourceId: q.id };
  }
  const subject = nearestSubject(ctx, sentence?.start ?? 0, cue.start);
  return subject ? fromActor(subject, 'holder-subject') : null;
}

/** "Ukraine's demand", "U.S. demands": the name right before a nominal cue. */
function possessorHolder(ctx: ArticleContext, cue: CueMatch): Holder | null {
  const a = ctx.actors.filter((x) => x.end <= cue.start && /^(?:['’]s)?\s*$/u.test(ctx.text.slice(x.end, cue.start))).pop();
  return a ? fromActor(a, 'holder-possessor') : null;
}

/** The author of the draft that leaves the issue out: in the sentence, on the issue's words, or the last draft with an author before it. */
function draftAuthor(cue: CueMatch, mention: IssueMention, drafts: readonly AuthoredDraft[], hasParty: (actor: string) => boolean): Holder | null {
  const here = drafts.filter((d) => d.sentence === cue.sentence && d.author && hasParty(d.author) && d.start < cue.start).pop();
  if (here?.author) return { actor: here.author, start: here.start, end: here.end, rule: 'holder-draft-author', source: 'sentence', sourceId: null };
  const owner = mention.owners.find((o) => hasParty(o.actor.id));
  if (owner) return fromActor(owner, 'holder-issue-owner');
  const before = drafts.filter((d) => d.sentence < cue.sentence && d.author && hasParty(d.author)).pop();
  if (before?.author) return { actor: before.author, start: before.start, end: before.end, rule: 'holder-earlier-draft-author', source: 'sentence', sourceId: null };
  return null;
}

/** Finds who holds the stance a cue shows, by the cue's holder slot; null when the text does not say. */
export function findHolder(ctx: ArticleContext, cue: CueMatch, slot: HolderSlot, mention: IssueMention, drafts: readonly AuthoredDraft[], hasParty: (actor: string) => boolean): Holder | null {
  const wrap = (h: Holder | null): Holder | null => (h && hasParty(h.actor) ? h : null);
  switch (slot) {
    case 'subject':
      return wrap(subjectHolder(ctx, cue, hasParty));
    case 'possessor':
      return wrap(possessorHolder(ctx, cue)) ?? wrap(subjectHolder(ctx, cue, hasParty));
    case 'speaker': {
      const q = quoteAround(ctx, cue.start, cue.end);
      if (q?.speaker && hasParty(q.speaker)) return wrap({ actor: q.speaker, start: q.speakerStart, end: q.speakerEnd, rule: 'holder-quote-speaker', source: 'quote', sourceId: q.id });
      return wrap(subjectHolder(ctx, cue, hasParty));
    }
    case 'draft-author':
      return wrap(draftAuthor(cue, mention, drafts, hasParty));
    case 'issue-owner': {
      const owner = mention.owners.find((o) => hasParty(o.actor.id));
      return owner ? wrap(fromActor(owner, 'holder-issue-owner')) : null;
    }
  }
}
