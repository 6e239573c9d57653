/**
 * Screenshots of the built site for people to review: the key pages and three report charts, at
 * 375 and 1280 px, light and dark. A record for review, not a test (the browser checks test what
 * can be tested); CI runs it after the tests and uploads the folder.
 *
 *   pnpm --filter @ua-drones/site run screenshots [out-dir]   (default: ../../artifacts/site/screenshots)
 *
 * Reads the build in dist/ (or SITE_DIST) under the configured BASE; needs Chromium at /usr/bin/chromium.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/lib/chromium.ts';
import { serveBuild } from '../src/lib/serve-build.ts';
import { deployedAt } from '../test/built/lib/site-config.ts';
import { artifactsDir, distDir, listPages } from '../test/built/lib/site-dist.ts';
import { keyPages, slug } from './key-pages.ts';

/** Very long pages are cut here: the top of a page is what a reviewer compares. */
const MAX_HEIGHT = 8000;
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;
/** Charts as a reader meets them in the report: headline, takeaway, drawing and source line. */
const REPORT_CHARTS = ['timeline', 'demand', 'europe'];

const folder = resolve(process.argv[2] ?? join(artifactsDir, 'screenshots'));
const { base } = deployedAt();
const { present, absent } = keyPages(await listPages(distDir, base), base);
if (absent.length > 0)
  console.warn(`screenshots: key pages not in this build: ${absent.join(', ')}`);

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const server = await serveBuild(distDir, base);
const browser = await launchChromium();
const written: string[] = [];
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const size = `${viewport.width}x${viewport.height}-${colorScheme}`;
      for (const { path } of present) {
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = join(folder, `${slug(path, base)}-${size}.png`);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
        });
        written.push(file);
      }
      await page.goto(`${server.origin}${base}`, { waitUntil: 'load' });
      for (const chart of REPORT_CHARTS) {
        const figure = page.locator(`figure#chart-${chart}`);
        if ((await figure.count()) !== 1)
          throw new Error(`the report has no figure#chart-${chart}`);
        const file = join(folder, `report-chart-${chart}-${size}.png`);
        await figure.screenshot({ path: file });
        written.push(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.info(`screenshots: ${written.length} written to ${folder}`);
