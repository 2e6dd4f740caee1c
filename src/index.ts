/** Parley's public library API. */
export { ingestInputs, processPage } from './pipeline/ingest-run.js';
export { frontHalf } from './pipeline/front-half.js';
export { defineStage, type Stage } from './pipeline/define-stage.js';
export { checkPipeline, runStages } from './pipeline/run-pipeline.js';
export type { RunEvent, IngestSummary, RunReporter } from './pipeline/run-events.js';
export { buildExport } from './analysis/export-model.js';
export { resolveConfig, settings, type ParleyConfig } from './config.js';
export type { ParleyStore } from './store/store.js';
export * from './model/page.js';
export * from './model/article.js';
export * from './model/export.js';
