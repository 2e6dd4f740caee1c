import { groupBy } from '../../../collections/group-by.js';
import type { Actor } from '../../../model/actor.js';
import type { Article } from '../../../model/article.js';
import type { DateMention, Event } from '../../../model/event.js';
import type { Mention } from '../../../model/language.js';
import type { Quote } from '../../../model/quote.js';
import type { DealDoc } from '../deal-input.js';
import { sentencesOf, type SentenceSpan } from './sentences.js';
import { tagWords } from './pos-tags.js';
import { words, type Word } from './words.js';

/** An actor named at a place in the article. */
export interface ActorAt {
  start: number;
  end: number;
  actor: Actor;
}

/** Everything stage 10 reads of one article, indexed once. */
export interface ArticleContext {
  article: Article;
  text: string;
  sentences: SentenceSpan[];
  words: Word[];
  /** Index of the sentence each word is in. */
  sentenceOf: number[];
  /** First word index of each sentence, and one past its last. */
  sentenceWords: [number, number][];
  actors: ActorAt[];
  quotes: Quote[];
  events: Event[];
  money: Mention[];
  dates: DateMention[];
}

/** The model's actor mentions, quotes and events grouped by article, so each article's context reads only its own. */
export interface FactsByArticle {
  actors: Map<string, ActorAt[]>;
  quotes: Map<string, Quote[]>;
  events: Map<string, Event[]>;
}

/** Groups the model's facts by article once (reading them per article was quadratic in the corpus). */
export function factsByArticle(actors: readonly Actor[], quotes: readonly Quote[], events: readonly Event[]): FactsByArticle {
  const mentions = actors.flatMap((actor) => actor.mentions.map((m) => ({ article: m.article, at: { start: m.start, end: m.end, actor } })));
  return {
    actors: new Map([...groupBy(mentions, (m) => m.article)].map(([k, list]) => [k, list.map((m) => m.at)])),
    quotes: groupBy(quotes, (q) => q.article),
    events: groupBy(events, (e) => e.article),
  };
}

/** Builds the per-article index from the model's facts on this article and the article's doc. */
export function articleContext(article: Article, facts: FactsByArticle, doc: DealDoc | undefined): ArticleContext {
  const text = article.text;
  const sentences = sentencesOf(text, doc?.sentences);
  const all = words(text);
  tagWords(text, all, doc?.tokens);
  const sentenceOf: number[] = [];
  const sentenceWords: [number, number][] = sentences.map(() => [0, 0]);
  let s = 0;
  all.forEach((w) => {
    while (s < sentences.length - 1 && w.start >= (sentences[s]?.end ?? 0)) s += 1;
    sentenceOf.push(s);
  });
  for (let i = 0, k = 0; k < sentences.length; k += 1) {
    while (i < all.length && (sentenceOf[i] ?? 0) < k) i += 1;
    const first = i;
    while (i < all.length && sentenceOf[i] === k) i += 1;
    sentenceWords[k] = [first, i];
  }
  // Longest first at the same start, so "U.S. officials" wins over "U.S." when both are listed.
  const at = [...(facts.actors.get(article.id) ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    article, text, sentences, words: all, sentenceOf, sentenceWords, actors: at,
    quotes: [...(facts.quotes.get(article.id) ?? [])].sort((a, b) => a.start - b.start),
    events: [...(facts.events.get(article.id) ?? [])],
    money: (doc?.mentions ?? []).filter((m) => m.kind === 'money'),
    dates: [...(doc?.dates ?? [])],
  };
}

/** The words of sentence k. */
export function sentenceWordsOf(ctx: ArticleContext, k: number): Word[] {
  const [a, b] = ctx.sentenceWords[k] ?? [0, 0];
  return ctx.words.slice(a, b);
}

/** The sentence index holding an offset, or -1. */
export function sentenceAt(ctx: ArticleContext, offset: number): number {
  return ctx.sentences.findIndex((s) => offset >= s.start && offset < s.end);
}
