/**
 * What a reader's browser loads and waits for: bytes and requests of a page, and, with the CPU
 * slowed as on a mid-range phone, the time until every chart is in the DOM and the LCP.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { htmlParts } from '../lib/html.ts';
import { addSizes, type Sizes, sizesOf, ZERO } from '../lib/sizes.ts';

export const CPU_SLOWDOWN = 4;
/** A mid-range phone's viewport, as Lighthouse's mobile emulation uses. */
const VIEWPORT = { width: 412, height: 823 };

/** The rows of a page's byte table, in the order the report prints them. */
export const BYTE_ROWS = [
  'HTML',
  '  of which inline SVG',
  '  of which inline JS',
  '  of which inline CSS',
  'CSS',
  'JS',
  'JSON',
  'Fonts',
  'Images',
  'Other',
  'Total',
] as const;

export type ByteRow = (typeof BYTE_ROWS)[number];

export interface PageBytes {
  rows: Record<ByteRow, Sizes>;
  /** Requests the page makes on load, the document included. */
  requests: number;
  requestsByType: Record<string, number>;
  /** All JavaScript run by the page: external files plus inline scripts. */
  js: Sizes;
  /** Inline SVG per chart, in page order. */
  chartSvg: Array<{ name: string; sizes: Sizes }>;
  /** Requests to another origin (should be none). */
  foreign: string[];
}

function category(type: string, url: string): Exclude<ByteRow, 'Total' | `  ${string}`> {
  if (type === 'document') return 'HTML';
  if (type === 'stylesheet') return 'CSS';
  if (type === 'script') return 'JS';
  if (type === 'font') return 'Fonts';
  if (type === 'image') return 'Images';
  if ((type === 'fetch' || type === 'xhr') && url.endsWith('.json')) return 'JSON';
  return 'Other';
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
}

/** Loads a page once, unthrottled, and sizes every response body it received. */
export async function measureBytes(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageBytes> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const rows = Object.fromEntries(BYTE_ROWS.map((row) => [row, ZERO])) as Record<ByteRow, Sizes>;
  const requestsByType: Record<string, number> = {};
  const foreign: string[] = [];
  let requests = 0;
  let inlineJs = ZERO;
  let chartSvg: PageBytes['chartSvg'] = [];
  page.on('request', (request) => {
    requests++;
    requestsByType[request.resourceType()] = (requestsByType[request.resourceType()] ?? 0) + 1;
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.request().resourceType();
        const sizes = sizesOf(body);
        const row = category(type, response.url());
        rows[row] = addSizes(rows[row], sizes);
        rows.Total = addSizes(rows.Total, sizes);
        if (type === 'document') {
          const html = body.toString('utf8');
          const parts = htmlParts(html);
          rows['  of which inline SVG'] = sizesOf(parts.svg.join(''));
          inlineJs = sizesOf(parts.inlineScripts.join('\n'));
          rows['  of which inline JS'] = inlineJs;
          rows['  of which inline CSS'] = sizesOf(parts.inlineStyles.join('\n'));
          chartSvg = parts.charts.map((slot) => {
            const inner = slot.svgContainerInner;
            return {
              name: slot.name,
              sizes: inner ? sizesOf(html.slice(inner.start, inner.end).trim()) : ZERO,
            };
          });
        }
      })(),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return { rows, requests, requestsByType, js: addSizes(rows.JS, inlineJs), chartSvg, foreign };
}

export interface Timing {
  /** Time from navigation start until every chart's SVG is in the DOM, per run. */
  chartsMs: number[];
  lcpMs: number[];
  /** Time from navigation start to the load event. */
  loadMs: number[];
}

/**
 * Watches the DOM from before the page's first byte: records when the expected number of charts
 * all hold an <svg>, and the latest LCP candidate.
 */
const OBSERVER = (expected: number) => {
  const state = { charts: -1, lcp: -1 };
  (window as unknown as { __bench: typeof state }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (state.charts >= 0) return;
    const drawn = document.querySelectorAll('figure[data-chart] .chart-svg > svg').length;
    if (drawn >= expected) {
      state.charts = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
};

async function timeOnce(browser: Browser, url: string, expected: number) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVER, expected);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { charts: number } }).__bench.charts >= 0,
    undefined,
    { timeout: 30_000 },
  );
  // LCP settles after the last large paint; give late paints (client-drawn charts) time to land.
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    const state = (window as unknown as { __bench: { charts: number; lcp: number } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { charts: state.charts, lcp: state.lcp, load: nav.loadEventStart };
  });
  await context.close();
  return result;
}

/**
 * Times each page `runs` times, alternating pages so background load on the machine falls on
 * both alike; every run is a fresh context (cold cache).
 */
export async function measureTimings(
  browser: Browser,
  origin: string,
  pages: ReadonlyArray<{ path: string; expectedCharts: number }>,
  runs: number,
): Promise<Timing[]> {
  const timings: Timing[] = pages.map(() => ({ chartsMs: [], lcpMs: [], loadMs: [] }));
  for (const page of pages) await timeOnce(browser, origin + page.path, page.expectedCharts); // warm-up: disk cache of the server, JIT of the browser
  for (let run = 0; run < runs; run++) {
    for (const [index, page] of pages.entries()) {
      const result = await timeOnce(browser, origin + page.path, page.expectedCharts);
      const timing = timings[index] as Timing;
      timing.chartsMs.push(result.charts);
      timing.lcpMs.push(result.lcp);
      timing.loadMs.push(result.load);
    }
  }
  return timings;
}
