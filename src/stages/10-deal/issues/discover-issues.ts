import type { Issue } from '../../../model/deal.js';
import { contentId } from '../../../pipeline/ids.js';
import { DEAL_SETTINGS } from '../deal-input.js';
import { HEAD_FAMILIES, NEGOTIATION_HEADS } from '../rules/head-families.js';
import type { ArticleContext } from '../text/article-context.js';
import { clusterTerms, familyOf, isStandalone, type TermCluster } from './cluster-terms.js';
import { findTerms } from './find-terms.js';
import type { IssueMention } from './issue-mention.js';
import { RECURRENCE_RULE, termsAround, widestTerms } from './lexicon-terms.js';
import { nameIssue } from './name-issue.js';
import { subjectStems } from './subject-words.js';
import type { Term } from './term.js';

/** Issues found in the coverage and every place they are named. */
export interface FoundIssues {
  issues: Issue[];
  mentions: IssueMention[];
}

const familyWords = new Map(HEAD_FAMILIES.map((f) => [f.id, f.words]));

/** The words whose every occurrence is read again: seed heads, and all words of their families. */
function recurringHeads(seeds: readonly Term[]): Set<string> {
  const out = new Set<string>();
  for (const t of seeds) {
    out.add(t.head.lower);
    out.add(t.head.stem);
    for (const w of familyWords.get(familyOf(t)) ?? []) out.add(w);
  }
  return out;
}

/** Sentences where a frame or the lexicon (not mere recurrence) named the issue. */
const seedSentences = (c: TermCluster): number => new Set(c.terms.filter((t) => t.rule !== RECURRENCE_RULE).map((t) => `${t.article}#${t.sentence}`)).size;
const lexicon = new Set(NEGOTIATION_HEADS.words);

/**
 * Finds the issues of a deal in its coverage: terms the issue frames and the negotiation
 * lexicon introduce (the seeds), read again wherever their heads recur, clustered by head
 * family and shared words; kept when seeds name them in several sentences and they are not
 * the deal's own subject.
 */
export function discoverIssues(contexts: readonly ArticleContext[], minSentences: number = DEAL_SETTINGS.minIssueSentences.default): FoundIssues {
  const seeds = widestTerms(contexts.flatMap((ctx) => [...findTerms(ctx), ...termsAround(ctx, 'lexicon-head')]));
  const wanted = recurringHeads(seeds);
  // A recurring head alone ("return", "support") is too common a word to name the issue; with a modifier it may.
  const again = contexts.flatMap((ctx) => termsAround(ctx, RECURRENCE_RULE, (lower, stem) => wanted.has(lower) || wanted.has(stem)))
    .filter((t) => t.modifiers.length + t.complement.length > 0 || lexicon.has(t.head.lower) || isStandalone(familyOf(t)));
  const all = widestTerms([...seeds, ...again]);
  const subject = subjectStems(contexts);
  const kept = clusterTerms(all).filter((c) =>
    seedSentences(c) >= minSentences
    // A bare head that names the deal itself ("minerals") is not an issue.
    && !(c.family.startsWith('head:') && subject.has(c.family.slice(5)) && c.terms.every((t) => t.complement.length === 0)));
  const issues: Issue[] = [];
  const mentions: IssueMention[] = [];
  const used = new Set<string>();
  for (const c of kept) {
    const { name, aliases } = nameIssue(c.terms);
    // Two clusters worded alike ("protections" of two families) keep apart: the family joins the id.
    let id = contentId('issue', name.toLowerCase());
    if (used.has(id)) id = contentId('issue', name.toLowerCase(), c.family);
    used.add(id);
    const head = c.terms[0]?.head.stem ?? name;
    issues.push({
      id, name, aliases, origin: 'found', head: c.family.startsWith('head:') ? head : (HEAD_FAMILIES.find((f) => f.id === c.family)?.name ?? head),
      mentions: c.terms.map((t) => ({ article: t.article, start: t.start, end: t.end, text: '' })),
      articles: [...new Set(c.terms.map((t) => t.article))],
      why: [...new Set(c.terms.map((t) => t.rule)), c.family],
    });
    for (const t of c.terms) mentions.push({ issue: id, article: t.article, sentence: t.sentence, start: t.start, end: t.end, owners: t.owners, rule: t.rule });
  }
  const texts = new Map(contexts.map((ctx) => [ctx.article.id, ctx.text]));
  for (const issue of issues) for (const m of issue.mentions) m.text = texts.get(m.article)?.slice(m.start, m.end) ?? '';
  issues.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { issues, mentions };
}
