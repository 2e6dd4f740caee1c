import { groupBy } from '../../../collections/group-by.js';
import type { IssuesConfig } from '../../../config/issues-config.js';
import type { Issue } from '../../../model/deal.js';
import { contentId } from '../../../pipeline/ids.js';
import type { ArticleContext } from '../text/article-context.js';
import { fold } from '../text/words.js';
import type { FoundIssues } from './discover-issues.js';
import type { IssueMention } from './issue-mention.js';

const key = (s: string): string => fold(s).replace(/\s+/gu, ' ').trim();
const names = (i: Issue): string[] => [i.name, ...i.aliases].map(key);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');

/** Places the texts name an added issue: its name and aliases as printed, ignoring case. */
function phraseMentions(contexts: readonly ArticleContext[], issue: string, phrases: readonly string[], rule: string): IssueMention[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: IssueMention[] = [];
  for (const ctx of contexts) {
    for (const m of ctx.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const sentence = ctx.sentences.findIndex((s) => start >= s.start && start < s.end);
      const owners = ctx.actors.filter((a) => a.end <= start && start - a.end <= 4);
      out.push({ issue, article: ctx.article.id, sentence: Math.max(0, sentence), start, end, owners, rule });
    }
  }
  return out;
}

/**
 * Applies the user's issue config to the issues found: add (found issues sharing a name or
 * alias join the added one), merge, rename (the old name stays an alias), drop. Entries that
 * match no issue are reported in `notes`, not errors. Ids follow the final names.
 */
export function applyIssuesConfig(found: FoundIssues, config: IssuesConfig, contexts: readonly ArticleContext[]): FoundIssues & { notes: string[] } {
  const notes: string[] = [];
  let issues = found.issues.map((i) => ({ ...i, aliases: [...i.aliases], why: [...i.why] }));
  let mentions = [...found.mentions];
  const find = (name: string): Issue | undefined => issues.find((i) => names(i).includes(key(name)));
  const fold1 = (into: Issue, from: Issue, rule: string): void => {
    into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => key(a) !== key(into.name));
    into.why.push(rule);
    mentions = mentions.map((m) => (m.issue === from.id ? { ...m, issue: into.id } : m));
    issues = issues.filter((i) => i !== from);
  };
  for (const add of config.add) {
    const id = contentId('issue', key(add.name));
    const issue: Issue = { id, name: add.name, aliases: add.aliases, origin: 'config', head: key(add.name).split(' ').pop() ?? add.name, mentions: [], articles: [], why: ['config-add'] };
    for (const other of issues.filter((i) => names(i).some((n) => [add.name, ...add.aliases].map(key).includes(n)))) fold1(issue, other, 'config-add');
    issues.push(issue);
    mentions.push(...phraseMentions(contexts, id, [add.name, ...add.aliases], 'config-add').filter((m) => !mentions.some((x) => x.article === m.article && x.start < m.end && m.start < x.end)));
  }
  for (const merge of config.merge) {
    const into = find(merge.into);
    if (!into) { notes.push(`issue config: merge into "${merge.into}" matched no issue`); continue; }
    for (const name of merge.from) {
      const from = find(name);
      if (!from) notes.push(`issue config: merge from "${name}" matched no issue`);
      else if (from !== into) fold1(into, from, 'config-merge');
    }
  }
  for (const [old, name] of Object.entries(config.rename)) {
    const issue = find(old);
    if (!issue) { notes.push(`issue config: rename "${old}" matched no issue`); continue; }
    issue.aliases = [...new Set([issue.name, ...issue.aliases])].filter((a) => key(a) !== key(name));
    issue.name = name;
    issue.origin = 'config';
    issue.why.push('config-rename');
  }
  for (const name of config.drop) {
    const issue = find(name);
    if (!issue) { notes.push(`issue config: drop "${name}" matched no issue`); continue; }
    issues = issues.filter((i) => i !== issue);
    mentions = mentions.filter((m) => m.issue !== issue.id);
  }
  // Ids follow the final names; mentions and spans are rebuilt from the mentions kept.
  const texts = new Map(contexts.map((c) => [c.article.id, c.text]));
  const taken = new Set<string>();
  const renamed = new Map(issues.map((i) => {
    const wanted = contentId('issue', key(i.name));
    // Two issues left with one name keep their own ids.
    const id = taken.has(wanted) ? i.id : wanted;
    taken.add(id);
    return [i.id, id];
  }));
  mentions = mentions.filter((m) => renamed.has(m.issue)).map((m) => ({ ...m, issue: renamed.get(m.issue) ?? m.issue }));
  const mentionsOf = groupBy(mentions, (m) => m.issue);
  const out = issues.map((i) => {
    const id = renamed.get(i.id) ?? i.id;
    const mine = [...(mentionsOf.get(id) ?? [])].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
    return { ...i, id, mentions: mine.map((m) => ({ article: m.article, start: m.start, end: m.end, text: texts.get(m.article)?.slice(m.start, m.end) ?? '' })), articles: [...new Set(mine.map((m) => m.article))] };
  });
  return { issues: out, mentions, notes };
}
