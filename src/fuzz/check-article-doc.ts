import { EventMention } from '../model/event.js';
import { Mention, Sentence, Token } from '../model/language.js';
import { Quote } from '../model/quote.js';
import type { ArticleDoc } from '../pipeline/article-doc.js';
import { backHalfPerArticle } from '../pipeline/back-half.js';
import type { Stage } from '../pipeline/define-stage.js';
import { checkSchema, checkSpan, checkSpanText, invariant } from './invariant.js';

/**
 * Runs stages in order, calling each itself: runStages would turn a throw into an E_STAGE
 * issue, and that issue says "this is a bug in Parley", so here a throw is a crash, named by
 * its stage.
 */
export function runStagesOrThrow<D extends object>(stages: readonly Stage<D>[], doc: D): D {
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current);
    } catch (error) {
      if (error instanceof Error) error.message = `stage '${stage.name}': ${error.message}`;
      throw error;
    }
  }
  return current;
}

/** The per-article back half (language, dates, quotes, events), as build-model runs it. */
export function runBackHalf(doc: ArticleDoc): ArticleDoc {
  return runStagesOrThrow(backHalfPerArticle, doc);
}

/** Every span a back-half stage returns lies in the article text, and `text.slice(start, end)` is the text stored with it. */
export function checkArticleDoc(doc: ArticleDoc): void {
  const text = doc.article.text;
  const n = text.length;
  const sentences = doc.sentences ?? [];
  const tokens = doc.tokens ?? [];
  for (const [i, t] of tokens.entries()) {
    checkSchema(Token, t, `token ${i}`);
    checkSpan(t, n, `token ${i}`);
  }
  for (const [i, s] of sentences.entries()) {
    checkSchema(Sentence, s, `sentence ${i}`);
    checkSpan(s, n, `sentence ${i}`);
    invariant(s.tokenStart <= s.tokenEnd && s.tokenEnd <= tokens.length, () => `sentence ${i} holds tokens ${s.tokenStart}–${s.tokenEnd} of ${tokens.length}`);
    if (i > 0) invariant(s.start >= sentences[i - 1]!.end, () => `sentence ${i} starts before sentence ${i - 1} ends`);
  }
  for (const m of doc.mentions ?? []) {
    const what = `mention ${m.kind} (${m.rule})`;
    checkSchema(Mention, m, what);
    checkSpanText(text, m, m.text, what);
    invariant(m.sentence < Math.max(sentences.length, 1), () => `${what} names sentence ${m.sentence} of ${sentences.length}`);
    for (const q of m.qualifiers ?? []) checkSpan(q, n, `${what} qualifier`);
    if (m.possessor) checkSpan(m.possessor, n, `${what} possessor`);
  }
  for (const d of doc.dates ?? []) checkSpanText(text, d, d.text, `date (${d.rule})`);
  for (const q of doc.quotes ?? []) {
    const what = `quote (${q.rule})`;
    checkSchema(Quote, q, what);
    checkSpanText(text, q, q.text, what);
    invariant(q.start < q.end, () => `${what} is empty`);
    const pairs = [['speaker', q.speakerStart, q.speakerEnd, q.speakerText], ['antecedent', q.antecedentStart, q.antecedentEnd, undefined], ['cue', q.cueStart, q.cueEnd, undefined], ['medium', q.mediumStart, q.mediumEnd, q.medium]] as const;
    for (const [part, start, end, stored] of pairs) {
      invariant((start === null) === (end === null), () => `${what} has half a ${part} span`);
      if (start !== null && end !== null) checkSpanText(text, { start, end }, stored, `${what} ${part}`);
    }
  }
  for (const e of doc.events ?? []) {
    const what = `event ${e.type} (${e.rule})`;
    checkSchema(EventMention, e, what);
    checkSpan(e, n, what);
    checkSpanText(text, { start: e.triggerStart, end: e.triggerEnd }, e.trigger, `${what} trigger`);
    invariant(e.start <= e.triggerStart && e.triggerEnd <= e.end, () => `${what}: the evidence span ${e.start}–${e.end} leaves out the trigger ${e.triggerStart}–${e.triggerEnd}`);
    invariant(e.sentence < sentences.length, () => `${what} names sentence ${e.sentence} of ${sentences.length}`);
    for (const [part, arg] of [['source', e.source], ['target', e.target]] as const) {
      if (arg === null) continue;
      checkSpanText(text, arg, arg.text, `${what} ${part}`);
      if (arg.possessor) checkSpan(arg.possessor, n, `${what} ${part} possessor`);
    }
    if (e.location) checkSpanText(text, e.location, e.location.text, `${what} location`);
    if (e.dateMention) checkSpanText(text, e.dateMention, e.dateMention.text, `${what} date`);
  }
}
