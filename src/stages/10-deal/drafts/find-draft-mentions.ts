import { BY_AGENT, DRAFT_HEADS, GENERATIONS, RECEPTION_CUES, TABLING_VERBS } from '../rules/draft-words.js';
import { nearestSubject } from '../positions/holder.js';
import type { ActorAt, ArticleContext } from '../text/article-context.js';
import type { FoundDraftMention } from './draft-mention.js';

const headRule = new Map<string, { id: string; needsQualifier: boolean }>();
for (const h of DRAFT_HEADS) for (const w of h.words) headRule.set(w, h);
const generationOf = new Map<string, string>();
for (const g of GENERATIONS) for (const w of g.words) generationOf.set(w, g.id);
const NP_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const MARKS = /^[“”"‘’'-]$/u;
const DEAL_NOUNS = new Set(['agreement', 'deal', 'accord', 'pact']);

/** Where the draft's noun phrase starts: back over determiners, adjectives, names, possessives and quote marks. */
function phraseStart(ctx: ArticleContext, h: number, first: number): number {
  let i = h;
  for (let n = 0; n < 7 && i - 1 >= first; n += 1) {
    const w = ctx.words[i - 1];
    if (!w) break;
    const ok = (w.pos !== null && NP_WORDS.has(w.pos)) || MARKS.test(w.text) || w.lower === "'s" || generationOf.has(w.lower)
      || ['his', 'her', 'their', 'its', 'our'].includes(w.lower) || ctx.actors.some((a) => a.start <= w.start && w.end <= a.end);
    if (!ok || (w.pos === 'NOUN' && DEAL_NOUNS.has(w.lower))) break;
    i -= 1;
    // A determiner opens the phrase: "sent Washington [a revised draft]" — Washington is not in it.
    if (w.pos === 'DET' || ['a', 'an', 'the'].includes(w.lower)) break;
  }
  while (i < h && MARKS.test(ctx.words[i]?.text ?? '')) i += 1;
  return i;
}

function dateOf(ctx: ArticleContext, sentence: number): { date: string | null; inSentence: boolean } {
  const s = ctx.sentences[sentence];
  const here = ctx.dates.filter((d) => s && d.start >= s.start && d.end <= s.end && d.tense !== 'future');
  const day = here.find((d) => d.date && d.precision === 'day');
  if (day?.date) return { date: day.date, inSentence: true };
  // A week names when a draft was tabled ("last week"); a month or year is too loose to order drafts by.
  const range = here.find((d) => d.from && d.precision === 'week');
  if (range?.from) return { date: range.from, inSentence: true };
  return { date: ctx.article.published, inSentence: false };
}

/** Finds every draft the article names, with generation, author, reception and date as its sentence gives them. */
export function findDraftMentions(ctx: ArticleContext): FoundDraftMention[] {
  const out: FoundDraftMention[] = [];
  ctx.words.forEach((w, h) => {
    const rule = headRule.get(w.lower);
    if (!rule || (w.pos !== null && w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'PROPN')) return;
    const k = ctx.sentenceOf[h] ?? 0;
    const sentence = ctx.sentences[k];
    if (!sentence) return;
    const [first] = ctx.sentenceWords[k] ?? [0, 0];
    const s = phraseStart(ctx, h, first);
    const startWord = ctx.words[s] ?? w;
    let end = w.end;
    const next = ctx.words[h + 1];
    if (w.lower === 'draft' && next && DEAL_NOUNS.has(next.lower)) end = next.end;
    const inside = ctx.actors.filter((a) => a.start >= startWord.start && a.end <= w.start);
    const genWord = ctx.words.slice(s, h).find((x) => generationOf.has(x.lower));
    const generation = genWord ? generationOf.get(genWord.lower) ?? 'unspecified' : 'unspecified';
    const why = [rule.id];
    let author: ActorAt | null = inside[inside.length - 1] ?? null;
    let authorRule: string | null = author ? 'draft-author-qualifier' : null;
    const after = ctx.text.slice(end, sentence.end);
    const agent = BY_AGENT.exec(after);
    if (!author && agent) {
      const from = end + agent[0].length;
      author = ctx.actors.find((a) => a.start >= from && a.start - from < 40) ?? null;
      if (author) authorRule = 'draft-author-by-agent';
    }
    if (!author) {
      const before = ctx.text.slice(sentence.start, startWord.start);
      const verb = [...before.matchAll(TABLING_VERBS)].pop();
      if (verb && before.length - ((verb.index ?? 0) + verb[0].length) <= 30) {
        author = nearestSubject(ctx, sentence.start, sentence.start + (verb.index ?? 0));
        if (author) authorRule = 'draft-author-tabled';
      }
    }
    if (rule.needsQualifier && !genWord && !author && !/^\s+of\s+(?:the|an?)\s+\S*\s*(?:agreement|deal|accord)/u.test(after)) return;
    if (authorRule) why.push(authorRule);
    let reception: FoundDraftMention['reception'] = 'unknown';
    let receptionStart: number | null = null;
    let receptionEnd: number | null = null;
    let receptionRule: string | null = null;
    let rejecter: string | null = null;
    const beforeText = ctx.text.slice(sentence.start, startWord.start);
    for (const cue of RECEPTION_CUES) {
      const text = cue.side === 'before' ? beforeText : cue.side === 'after' ? after : ctx.text.slice(sentence.start, sentence.end);
      const m = cue.pattern.exec(text);
      if (!m) continue;
      const base = cue.side === 'before' ? sentence.start : cue.side === 'after' ? end : sentence.start;
      reception = cue.reception;
      receptionStart = base + (m.index ?? 0);
      receptionEnd = receptionStart + m[0].length;
      receptionRule = cue.id;
      if (cue.reception === 'rejected') {
        const span = [receptionStart, receptionEnd] as const;
        // "is unacceptable to Zelensky", "not the one President Zelensky would accept": the refusing side is named in or just after the cue.
        const from = Math.max(span[0], end);
        const named = ctx.actors.filter((a) => a.start >= from && a.end <= span[1]).pop() ?? ctx.actors.find((a) => a.start >= span[1] && a.end <= Math.min(span[1] + 60, sentence.end));
        const subject = cue.side === 'before' ? nearestSubject(ctx, sentence.start, receptionStart) : null;
        rejecter = (named ?? subject)?.actor.id ?? null;
      }
      why.push(cue.id);
      break;
    }
    const { date, inSentence } = dateOf(ctx, k);
    out.push({
      article: ctx.article.id, page: ctx.article.pageId, sentence: k, start: startWord.start, end, sentenceStart: sentence.start, sentenceEnd: sentence.end,
      head: w.lower, generation, generationWord: genWord?.lower ?? null,
      author: author?.actor.id ?? null, authorStart: author?.start ?? null, authorEnd: author?.end ?? null, authorRule,
      reception, receptionStart, receptionEnd, receptionRule, rejecter, date, datedInSentence: inSentence, rule: rule.id, why,
    });
  });
  // "The latest draft … than the original proposal": a draft compared with another in one sentence has the same author.
  for (const m of out) {
    if (m.author) continue;
    const mate = out.find((o) => o !== m && o.sentence === m.sentence && o.author);
    if (mate) { m.author = mate.author; m.authorRule = 'draft-author-same-sentence'; m.why.push('draft-author-same-sentence'); }
  }
  return out;
}
