import { DEAL_SETTINGS } from '../deal-input.js';
import type { IssueMention } from '../issues/issue-mention.js';
import type { ArticleContext } from '../text/article-context.js';
import type { CueMatch } from './cue-match.js';

// Where a clause ends for a cue that looks ahead: "…, saying …", "; …", ", but …", "and that …", "without receiving …" (not dashes: they often enclose an aside).
const CLAUSE_END = /;|,\s+(?:saying|stating|adding|noting|arguing|but|while|although|though|whereas|as\s+well\s+as)\b|\s+but\s+|\s+while\s+|\s+and\s+that\s+|\s+without\s+\p{L}+ing\b/gu;

/** Offset where the cue's clause ends: a clause boundary, the scope's word limit or the sentence end. */
function clauseEnd(ctx: ArticleContext, cue: CueMatch): number {
  const sentence = ctx.sentences[cue.sentence];
  const end = sentence?.end ?? ctx.text.length;
  const rest = ctx.text.slice(cue.end, end);
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(rest);
  const byClause = m ? cue.end + (m.index ?? 0) : end;
  const [, last] = ctx.sentenceWords[cue.sentence] ?? [0, 0];
  const firstAfter = ctx.words.findIndex((w) => w.start >= cue.end);
  const limitWord = ctx.words[Math.min(last, (firstAfter < 0 ? last : firstAfter) + DEAL_SETTINGS.scopeWords.default) - 1];
  return Math.min(byClause, Math.max(limitWord?.end ?? end, cue.end));
}

/** Mentions joined to the previous one by "and", "or" or a comma only. */
function coordinated(ctx: ArticleContext, list: readonly IssueMention[]): IssueMention[] {
  const out: IssueMention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (!prev) { out.push(m); continue; }
    const between = ctx.text.slice(prev.end, m.start);
    if (/^[\s,]*(?:and|or|as\s+well\s+as)?[\s,]*$/u.test(between)) out.push(m);
    else break;
  }
  return out;
}

/**
 * The issue mentions a cue governs: the first one after it in its clause and those coordinated
 * with it; the nearest one before it; or, for a sentence cue, the nearest on either side.
 */
export function mentionsInScope(ctx: ArticleContext, cue: CueMatch, mentions: readonly IssueMention[]): IssueMention[] {
  const inSentence = mentions.filter((m) => m.sentence === cue.sentence).sort((a, b) => a.start - b.start);
  if (cue.cue.scope === 'after') {
    const end = clauseEnd(ctx, cue);
    return coordinated(ctx, inSentence.filter((m) => m.start >= cue.start && m.start < end));
  }
  // "Nothing that could threaten X can be accepted": the issue may sit inside the cue's words.
  const before = inSentence.filter((m) => m.end <= cue.end && m.start >= (ctx.sentences[cue.sentence]?.start ?? 0));
  const nearestBefore = before[before.length - 1];
  if (cue.cue.scope === 'before') return nearestBefore ? [nearestBefore] : [];
  const after = inSentence.find((m) => m.start >= cue.end);
  return nearestBefore ? [nearestBefore] : after ? [after] : [];
}
