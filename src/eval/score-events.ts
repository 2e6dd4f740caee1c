import { normaliseName } from './names.js';
import { z } from 'zod';
import type { Event, TimelineEntry } from '../model/event.js';
import type { ExportArticle } from '../model/export.js';
import { buildTimeline } from '../stages/09-events/build-timeline.js';
import type { GoldFile } from './gold.js';
import { articlesOfGoldFile, type Ratio } from './score-front.js';

/** A gold event (gold/minerals-deal/README.md §5). */
export const GoldEvent = z.object({
  source: z.string(),
  type: z.string(),
  target: z.string(),
  date: z.string().nullable(),
  negated: z.boolean().default(false),
  evidence: z.string(),
  calendarDate: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

const GoldActor = z.object({ name: z.string(), aliases: z.array(z.string()).default([]) });

/** What the scorer needs of an export: articles, actors (name and aliases) and events. */
export interface EventExport {
  articles: readonly ExportArticle[];
  actors: readonly { id: string; name: string; aliases: readonly string[] }[];
  events: readonly Event[];
}

export interface FileEventScores {
  file: string;
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs whose date is within one day where the gold gives one (SPEC's matching). */
  strictTp: number;
  date: Ratio;
  negation: Ratio;
  misses: string[];
  extras: string[];
}

export interface EventScores {
  files: FileEventScores[];
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** F1 with SPEC's date condition: a pair counts only when its date is within one day where the gold gives one. */
  strictF1: number;
  date: Ratio;
  negation: Ratio;
  /** Asserted events left out because an end could not be linked to an actor. */
  unlinked: number;
}


function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

const f1Of = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

interface Candidate {
  gold: number;
  entry: number;
  score: number;
}

/**
 * Scores events against gold files: per file, the asserted, linked events are merged as the
 * timeline merges them (one entry per act), then paired one to one with the gold events on
 * (source, type, target) — a reciprocal act in either direction — best first (date within one
 * day, undated with undated, then negation). Also date accuracy over matched pairs with a gold date.
 */
export function scoreEvents(exp: EventExport, goldFiles: readonly GoldFile[]): EventScores {
  const actorNames = new Map(exp.actors.map((a) => [a.id, new Set([a.name, ...a.aliases].map(normaliseName))]));
  const total: EventScores = { files: [], tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, strictF1: 0, date: { hit: 0, total: 0 }, negation: { hit: 0, total: 0 }, unlinked: 0 };
  let strictTp = 0;
  for (const gold of goldFiles) {
    const goldEvents = gold.events.map((e) => GoldEvent.parse(e));
    const goldActors = z.array(GoldActor).catch([]).parse((gold as Record<string, unknown>).actors ?? []);
    const namesOf = (name: string): Set<string> => new Set([name, ...(goldActors.find((a) => a.name === name)?.aliases ?? [])].map(normaliseName));
    const ids = new Set(articlesOfGoldFile([...exp.articles], gold).map((a) => a.id));
    const asserted = exp.events.filter((e) => ids.has(e.article) && e.modality === 'asserted');
    const linked = asserted.filter((e) => e.source !== null && e.target !== null);
    total.unlinked += asserted.length - linked.length;
    const entries: TimelineEntry[] = buildTimeline(linked);
    const same = (actorId: string | null, names: Set<string>): boolean => [...(actorNames.get(actorId ?? '') ?? [])].some((n) => names.has(n));
    const candidates: Candidate[] = [];
    goldEvents.forEach((g, gi) => {
      const gs = namesOf(g.source);
      const gt = namesOf(g.target);
      entries.forEach((x, xi) => {
        if (x.type !== g.type) return;
        const forward = same(x.source, gs) && same(x.target, gt);
        const backward = x.reciprocal && same(x.source, gt) && same(x.target, gs);
        if (!forward && !backward) return;
        // Best first: a dated gold act pairs with the entry of its day, an undated one with an undated entry.
        const dateFit = g.date !== null ? (x.date !== null && daysApart(g.date, x.date) <= 1 ? 4 : 0) : (x.date === null ? 2 : 1);
        candidates.push({ gold: gi, entry: xi, score: dateFit + (x.negated === g.negated ? 1 : 0) });
      });
    });
    candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.entry - b.entry);
    const goldUsed = new Set<number>();
    const entryUsed = new Set<number>();
    const file: FileEventScores = { file: gold.file, tp: 0, fp: 0, fn: 0, strictTp: 0, date: { hit: 0, total: 0 }, negation: { hit: 0, total: 0 }, misses: [], extras: [] };
    for (const c of candidates) {
      if (goldUsed.has(c.gold) || entryUsed.has(c.entry)) continue;
      goldUsed.add(c.gold);
      entryUsed.add(c.entry);
      const g = goldEvents[c.gold];
      const x = entries[c.entry];
      if (!g || !x) continue;
      file.tp += 1;
      file.negation.total += 1;
      if (g.negated === x.negated) file.negation.hit += 1;
      const dateOk = g.date === null || (x.date !== null && daysApart(g.date, x.date) <= 1);
      if (dateOk) file.strictTp += 1;
      if (g.date !== null) {
        file.date.total += 1;
        if (dateOk) file.date.hit += 1;
        else file.misses.push(`date: ${g.source} ${g.type} ${g.target} gold ${g.date}, system ${x.date ?? 'null'}`);
      }
    }
    const label = (id: string | null): string => exp.actors.find((a) => a.id === id)?.name ?? String(id);
    goldEvents.forEach((g, i) => {
      if (!goldUsed.has(i)) file.misses.push(`missed: ${g.source} ${g.type} ${g.target}${g.negated ? ' (negated)' : ''} «${g.evidence}»`);
    });
    entries.forEach((x, i) => {
      if (!entryUsed.has(i)) file.extras.push(`extra: ${label(x.source)} ${x.type} ${label(x.target)}${x.negated ? ' (negated)' : ''} ${x.date ?? ''} [${x.events.length} report(s)]`);
    });
    file.fn = goldEvents.length - file.tp;
    file.fp = entries.length - file.tp;
    total.files.push(file);
    total.tp += file.tp;
    total.fp += file.fp;
    total.fn += file.fn;
    strictTp += file.strictTp;
    total.date.hit += file.date.hit;
    total.date.total += file.date.total;
    total.negation.hit += file.negation.hit;
    total.negation.total += file.negation.total;
  }
  total.precision = total.tp + total.fp === 0 ? 0 : total.tp / (total.tp + total.fp);
  total.recall = total.tp + total.fn === 0 ? 0 : total.tp / (total.tp + total.fn);
  total.f1 = f1Of(total.tp, total.fp, total.fn);
  total.strictF1 = f1Of(strictTp, total.fp + (total.tp - strictTp), total.fn + (total.tp - strictTp));
  return total;
}
