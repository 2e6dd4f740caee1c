import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A skip reason when Debian's Chromium is not installed (CI installs it), else false. */
export const chromiumMissing: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `browser tests skipped: ${CHROMIUM_PATH} is missing (apt-get install chromium; never npx playwright install)`;

/** Chromium as this machine runs it: headless, no sandbox, no background traffic to a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface LoadTiming {
  /** Navigation start to the end of the load event, in ms. */
  loadMs: number;
  domContentLoadedMs: number;
  /** Time to the last byte of the HTML, in ms. */
  responseMs: number;
}

/** The page's own navigation timing (evaluated as a string: the test build has no DOM types). */
export async function loadTiming(page: Page): Promise<LoadTiming> {
  return page.evaluate(`(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { loadMs: n.loadEventEnd - n.startTime, domContentLoadedMs: n.domContentLoadedEventEnd - n.startTime, responseMs: n.responseEnd - n.startTime };
  })()`);
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}
