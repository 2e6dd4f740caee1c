import type { ApiError } from '../http/api-error.js';
import { html } from './escape.js';
import { renderLayout } from './layout.js';

/** The HTML face of the API error shape: same message, code and status. */
export function renderErrorPage(err: ApiError, url: URL): string {
  const body = html`<h1>${err.status === 404 ? 'Not found' : 'Something went wrong'}</h1>
<p class="error-message">${err.message}</p>
<p class="meta">code <code>${err.code}</code> · status ${err.status}</p>`;
  return renderLayout({ title: err.status === 404 ? 'Not found' : 'Error', nav: 'error', url, asOf: null, body, twin: false });
}
