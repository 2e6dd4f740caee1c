import { z } from 'zod';
import type { Stage } from '../../pipeline/define-stage.js';
import { backHalfPerArticle } from '../../pipeline/back-half.js';
import { frontHalf } from '../../pipeline/front-half.js';
import type { ModelSource } from '../data/model-source.js';

const StageInfo = z.object({ name: z.string(), version: z.string(), requires: z.array(z.string()), assigns: z.array(z.string()) });

export const PipelineInfo = z.object({
  ok: z.literal(true),
  frontHalf: z.array(StageInfo).describe('per page, at ingest: a page in, its cleaned and dated articles out'),
  backHalfPerArticle: z.array(StageInfo).describe('per stored article, when the model is built'),
  acrossArticles: z.array(z.object({ name: z.string(), description: z.string() })),
  model: z.object({ loadedAt: z.string(), articles: z.number().int(), stageMs: z.record(z.string(), z.number()) }),
});
export type PipelineInfo = z.infer<typeof PipelineInfo>;

function describeStage<D extends object>(s: Stage<D>): z.infer<typeof StageInfo> {
  return { name: s.name, version: s.version, requires: [...s.requires], assigns: [...s.assigns] };
}

/** The stages in run order with their declared inputs and outputs, and what building the current model took. */
export function describePipeline(source: ModelSource): PipelineInfo {
  const view = source.current();
  return {
    ok: true,
    frontHalf: frontHalf.map(describeStage),
    backHalfPerArticle: backHalfPerArticle.map(describeStage),
    acrossArticles: [
      { name: 'actors', description: 'resolves mentions into actors across all articles (analysis/build-model)' },
      { name: 'speakers', description: 'links quote speakers to those actors' },
    ],
    model: { loadedAt: source.loadedAt, articles: view.model.articles.length, stageMs: view.model.stageMs },
  };
}
