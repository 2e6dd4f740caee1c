import type { DealModel } from '../analysis/build-model.js';
import type { Actor } from '../model/actor.js';
import type { Quote } from '../model/quote.js';
import type { ArticleDoc } from '../pipeline/article-doc.js';
import { buildTimeline } from '../stages/09-events/index.js';
import type { Brief, BriefSection, BriefSentence } from './brief-model.js';
import { citeSpan } from './cite.js';
import { ACT_PHRASES } from './act-phrases.js';
import { draftsSection, matrixSection, standingSection } from './deal-sections.js';

/** How many quotes and timeline entries the brief shows; the dashboard has the rest. */
const KEY_QUOTES = 12;
const TIMELINE_ENTRIES = 30;
const MAX_SIDES = 3;

interface Context {
  model: DealModel;
  docs: Map<string, ArticleDoc>;
  actors: Map<string, Actor>;
}

function sentence(ctx: Context, text: string, article: string, start: number, end: number, evidence: string[]): BriefSentence {
  return { text, cites: [citeSpan(ctx.docs.get(article), article, start, end, evidence)] };
}

function castSection(ctx: Context): BriefSection {
  const people = ctx.model.actors
    .filter((a) => a.kind === 'person' && a.roles.length > 0)
    .sort((x, y) => y.mentions.length - x.mentions.length);
  const sentences = people.map((p) => {
    const r = p.roles[0]!;
    const side = p.affiliation ? ` (${p.affiliation})` : '';
    const conflict = p.conflicts.length > 0 ? ` Conflict between sources: ${p.conflicts.map((c) => c.note).join('; ')}.` : '';
    const words = ctx.model.articles.find((a) => a.id === r.article)?.text.slice(r.start, r.end) ?? r.role;
    return sentence(ctx, `${p.name}${side} is described as ${r.role}.${conflict}`, r.article, r.start, r.end, [words]);
  });
  return { title: 'The cast', empty: 'No person with a stated role was found.', sentences };
}

function partiesSection(ctx: Context): BriefSection {
  const parties = ctx.model.actors
    .filter((a) => a.kind === 'country' || a.kind === 'organization')
    .filter((a) => a.articles.length >= 2)
    .sort((x, y) => y.mentions.length - x.mentions.length);
  const sentences = parties.flatMap((p) => {
    const m = p.mentions[0];
    if (!m) return [];
    return [sentence(ctx, `${p.name}${p.affiliation ? ` (${p.affiliation})` : ''} is named in ${p.articles.length} articles, first as “${m.text}”.`, m.article, m.start, m.end, [m.text])];
  });
  return { title: 'Parties', empty: 'No party was named in two or more articles.', sentences };
}

function timelineSection(ctx: Context): BriefSection {
  const published = new Map(ctx.model.articles.map((a) => [a.id, a.published]));
  const events = ctx.model.events.filter((e) => e.modality === 'asserted');
  const byId = new Map(events.map((e) => [e.id, e]));
  const entries = buildTimeline(events, (id) => published.get(id) ?? null).filter((t) => t.date !== null).slice(-TIMELINE_ENTRIES);
  const name = (id: string | null): string => (id ? ctx.actors.get(id)?.name ?? 'an unnamed party' : 'an unnamed party');
  const sentences = entries.flatMap((t) => {
    const e = byId.get(t.events[0] ?? '');
    if (!e) return [];
    const outlets = new Set(t.articles.map((a) => ctx.model.articles.find((x) => x.id === a)?.outlet ?? a)).size;
    const act = t.negated ? ACT_PHRASES[t.type].notDone : ACT_PHRASES[t.type].done;
    return [sentence(ctx, `${t.date}: ${name(t.source)} ${act} ${name(t.target)} (“${e.trigger}”; ${outlets === 1 ? '1 source' : `${outlets} sources`}).`, e.article, e.start, e.end, [e.trigger])];
  });
  return { title: 'Timeline', empty: 'No dated act was found.', sentences };
}

function speakerOf(ctx: Context, q: Quote): string {
  return (q.speaker ? ctx.actors.get(q.speaker)?.name : null) ?? q.speakerDescription ?? q.speakerName ?? q.speakerText ?? 'An unnamed source';
}

function quotesSection(ctx: Context): BriefSection {
  const key = ctx.model.quotes
    .filter((q) => q.kind === 'direct' && q.text.split(/\s+/).length >= 6)
    .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.text.length - x.text.length)
    .slice(0, KEY_QUOTES);
  const sentences = key.map((q) => {
    const when = [q.medium, q.date].filter(Boolean).join(', ');
    return sentence(ctx, `${speakerOf(ctx, q)}${when ? ` (${when})` : ''}: “${q.text}”`, q.article, q.start, q.end, [q.text]);
  });
  return { title: 'Key quotes', empty: 'No direct quote was found.', sentences };
}

/** "Reuters, 2025-02-20", or the first words of the headline when no outlet is printed. */
function label(ctx: Context, id: string): string {
  const a = ctx.model.articles.find((x) => x.id === id);
  if (!a) return id;
  const name = a.outlet ?? (a.title ? `“${a.title.split(/\s+/).slice(0, 6).join(' ')}…”` : 'an unattributed article');
  return a.published ? `${name}, ${a.published}` : name;
}

function notesSection(ctx: Context): BriefSection {
  const sentences: BriefSentence[] = [];
  const cite = (article: string, start: number, end: number, says: string): ReturnType<typeof citeSpan> => citeSpan(ctx.docs.get(article), article, start, end, [says]);
  for (const d of ctx.model.relations.derivations) {
    const shared = d.evidence.filter((e) => e.derived && e.original).slice(0, 2);
    if (shared.length === 0) continue;
    sentences.push({
      text: `${label(ctx, d.article)} rewrites or expands ${label(ctx, d.from)}: they share ${d.evidence.length} passages in the same order, so they count as one source.`,
      cites: shared.flatMap((e) => [cite(d.article, e.derived!.start, e.derived!.end, e.derived!.text), cite(d.from, e.original!.start, e.original!.end, e.original!.text)]),
    });
  }
  for (const c of ctx.model.crosscheck.contradictions) {
    // Two or three sides are enough to show the disagreement; the dashboard lists them all.
    const sides = c.sides.slice(0, MAX_SIDES);
    const more = c.sides.length > sides.length ? ` and ${c.sides.length - sides.length} more` : '';
    sentences.push({
      text: `Sources disagree (${c.kind}): ${sides.map((side) => `“${side.text}” (${label(ctx, side.article)})`).join(' against ')}${more}.`,
      cites: sides.map((side) => cite(side.article, side.start, side.end, side.text)),
    });
  }
  for (const claim of ctx.model.crosscheck.claims) {
    sentences.push({
      text: `${claim.outlets} independent outlets report ${claim.kind === 'quote' ? `“${claim.text}”` : claim.text}.`,
      cites: claim.supports.map((sup) => cite(sup.article, sup.start, sup.end, sup.text)),
    });
  }
  return { title: 'Source notes', empty: 'No derivation, contradiction or corroborated claim was found.', sentences };
}

function sourcesSection(ctx: Context): BriefSection {
  const rows = ctx.model.articles.map((a) => {
    const firstSentence = ctx.docs.get(a.id)?.sentences?.[0];
    const end = firstSentence?.end ?? Math.min(a.text.length, 200);
    const lead = a.text.slice(0, end);
    return {
      cells: [a.outlet ?? 'unknown outlet', a.published ? `${a.published} (${a.publishedBasis})` : 'undated', a.title ?? '—'],
      backing: { text: lead, cites: [{ article: a.id, start: 0, end, says: [lead] }] },
    };
  });
  return { title: 'Sources', empty: 'No article is stored.', sentences: [], table: { head: ['outlet', 'published', 'title'], rows } };
}

/** The brief's content: every sentence with the article sentence it rests on. */
export function composeBrief(model: DealModel, asOf: string | null = null): Brief {
  const ctx: Context = { model, docs: new Map(model.docs.map((d) => [d.article.id, d])), actors: new Map(model.actors.map((a) => [a.id, a])) };
  const deal = { model, docs: ctx.docs, name: (id: string | null): string => (id ? ctx.actors.get(id)?.name ?? id : 'an unnamed party') };
  return {
    title: 'Parley brief',
    asOf,
    sections: [
      standingSection(deal), partiesSection(ctx), castSection(ctx), matrixSection(deal), draftsSection(deal),
      timelineSection(ctx), quotesSection(ctx), notesSection(ctx), sourcesSection(ctx),
    ],
  };
}
