import type { BrowserContext, Page } from 'playwright-core';

/** What went wrong while a page loaded and ran. */
export interface PageTrouble {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** URLs that are not network requests to any origin. */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about):/.test(url);
}

/**
 * Records every request of the context's pages and workers to another origin. Chromium is started
 * with a dead proxy for everything but loopback (see chromium.ts), so such requests fail instead of
 * reaching the network; watching events rather than intercepting keeps page loads fast.
 */
export function recordForeignRequests(
  context: BrowserContext,
  origin: string,
  foreign: string[],
): void {
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocalScheme(url) && new URL(url).origin !== origin) foreign.push(url);
  });
}

/**
 * Records console errors, uncaught exceptions and failed same-origin requests of a page. Returns a
 * function that resolves once no request has been in flight for `quietMs` (at most `maxMs`):
 * cheaper than Playwright's fixed 500 ms `networkidle`, and it still catches requests made by
 * scripts just after `load`.
 */
export function watchPage(
  page: Page,
  origin: string,
  trouble: PageTrouble,
): (quietMs?: number, maxMs?: number) => Promise<void> {
  let inFlight = 0;
  let lastChange = performance.now();
  const change = (delta: number) => {
    inFlight += delta;
    lastChange = performance.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    trouble.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) =>
    trouble.consoleErrors.push(`uncaught ${error.name}: ${error.message}`),
  );
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith(origin)) return; // blocked foreign requests are counted apart
    trouble.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      trouble.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return async (quietMs = 150, maxMs = 5000) => {
    const started = performance.now();
    while (performance.now() - started < maxMs) {
      if (inFlight <= 0 && performance.now() - lastChange >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
}
