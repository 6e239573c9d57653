import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFindings } from '../built/lib/findings.ts';
import { artifactsDir, distDir, listPages } from '../built/lib/site-dist.ts';
import { browserChecksOn } from './lib/browser-checks.ts';
import { keyPages, slug } from './lib/key-pages.ts';
import { limit } from './lib/limit.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// Screenshots of the key pages, phone and desktop, light and dark, for people to review. They go to
// artifacts/site/screenshots (git-ignored); very long pages are cut at MAX_HEIGHT px.
const MAX_HEIGHT = 8000;
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const folder = join(artifactsDir, 'screenshots');
const { present, absent } = keyPages(await listPages(distDir, base), base);
const cases = present.flatMap((page) =>
  VIEWPORTS.flatMap((viewport) =>
    (['light', 'dark'] as const).map((scheme) => ({ path: page.path, viewport, scheme })),
  ),
);
// Charts as a reader meets them in the report: headline, takeaway, drawing and source line, so a
// reviewer sees what stands before each chart (the issue of charts introduced by walls of text).
const REPORT_CHARTS = ['timeline', 'demand', 'europe'];
const chartCases = REPORT_CHARTS.flatMap((chart) =>
  VIEWPORTS.flatMap((viewport) =>
    (['light', 'dark'] as const).map((scheme) => ({ chart, viewport, scheme })),
  ),
);
const session = siteSession();
const slot = limit(2);
const written: string[] = [];

beforeAll(async () => {
  if (!browserChecksOn) return;
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
});

afterAll(async () => {
  if (!browserChecksOn) return;
  await writeFindings('screenshots', { written, absentKeyPages: absent });
  console.info(
    `screenshots: ${written.length} written to ${folder} from ${present.length} key pages; key pages not in this build: ${absent.join(', ') || 'none'}`,
  );
});

test('the home page is among the key pages', () => {
  expect(present.map((page) => page.path)).toContain(base);
});

describe.concurrent('screenshots', () => {
  test.for(cases)(
    '$path at $viewport.width×$viewport.height, $scheme',
    { timeout: 300_000 },
    ({ path, viewport, scheme }) =>
      slot(async () => {
        const { page, context } = await openPage(session, path, { viewport, colorScheme: scheme });
        try {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const name = `${slug(path, base)}-${viewport.width}x${viewport.height}-${scheme}.png`;
          const file = join(folder, name);
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
          });
          expect((await stat(file)).size).toBeGreaterThan(1000);
          written.push(file);
        } finally {
          await context.close();
        }
      }),
  );
});

describe.concurrent('report charts', () => {
  test.for(chartCases)(
    '$chart in the report at $viewport.width px, $scheme',
    { timeout: 300_000 },
    ({ chart, viewport, scheme }) =>
      slot(async () => {
        const { page, context } = await openPage(session, base, { viewport, colorScheme: scheme });
        try {
          const figure = page.locator(`figure#chart-${chart}`);
          await expect(figure.count()).resolves.toBe(1);
          const name = `report-chart-${chart}-${viewport.width}x${viewport.height}-${scheme}.png`;
          const file = join(folder, name);
          await figure.screenshot({ path: file });
          expect((await stat(file)).size).toBeGreaterThan(1000);
          written.push(file);
        } finally {
          await context.close();
        }
      }),
  );
});
