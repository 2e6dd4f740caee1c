import type { PartStatus } from '../data/model-parts.js';
import { html, type SafeHtml } from './escape.js';

/** What a reader sees where a list would be: never a blank space. */
export function emptyState(message: string): SafeHtml {
  return html`<p class="empty">${message}</p>`;
}

/** Tells apart "this part of the model is not built yet" from "it found nothing". */
export function partEmptyState(status: PartStatus, what: string, asOf: string | null): SafeHtml {
  if (!status.present) return emptyState(`${what}: not part of the model yet — this page fills in once that stage lands.`);
  if (status.rejected > 0) return emptyState(`No ${what} could be shown: ${status.rejected} did not match the shape this page reads.`);
  return emptyState(`No ${what} found${asOf ? ` as of ${asOf}` : ''}.`);
}
