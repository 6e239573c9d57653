/**
 * Screenshots of the built site for people to review, the set issue 25 asks for: the top of the
 * report, a page of text with its margin notes (on a phone, a note opened in place), three of the
 * report's charts, a chart's page and an embed, each at 375 and 1280 px, light and dark; and the
 * PDF edition's cover, contents, a page of text, a page with a chart and the references. A record
 * for review, not a test (the browser checks test what can be tested); CI runs it after the tests
 * and uploads the folder, and test/artifacts/ keeps the set of the last review.
 *
 *   pnpm --filter @ua-drones/site run screenshots [out-dir]   (default: ../../artifacts/site/screenshots)
 *
 * Reads the build in dist/ (or SITE_DIST) under the configured BASE; needs Chromium at
 * /usr/bin/chromium and, for the PDF's pages, poppler-utils (pdftoppm, pdftotext). The PNGs are
 * reduced to a palette, so a reviewed set stays small in the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { charts } from '@ua-drones/charts';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from '../src/lib/chromium.ts';
import { serveBuild } from '../src/lib/serve-build.ts';
import { REPORT_PDF } from '../src/site.ts';
import { deployedAt } from '../test/built/lib/site-config.ts';
import { artifactsDir, distDir } from '../test/built/lib/site-dist.ts';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;
/** Charts as a reader meets them in the report: headline, takeaway, drawing and source line. */
const REPORT_CHARTS = ['timeline', 'demand', 'europe'];
/** The chart whose own page and embed are shown: the first of the registry, as on the index. */
const CHART = Object.keys(charts).sort()[0] as string;
const EMBED = 'production';
/** The report's chapter whose opening paragraphs, with their notes, are the page of text. */
const TEXT_CHAPTER = 1;
/** 60 dpi: an A4 page 496 px wide, enough to judge its layout by eye. */
const PDF_DPI = 60;

const run = promisify(execFile);
const folder = resolve(process.argv[2] ?? join(artifactsDir, 'screenshots'));
const { base } = deployedAt();
const pdf = join(distDir, REPORT_PDF);
if (!existsSync(pdf)) throw new Error(`screenshots: no ${pdf}: build the site with Chromium first`);

// Only the PNGs: a folder may hold a README that describes them.
await mkdir(folder, { recursive: true });
for (const file of await readdir(folder)) {
  if (file.endsWith('.png')) await rm(join(folder, file));
}
const written: string[] = [];

/** Writes a PNG reduced to a palette (the screenshots are flat colours and text). */
async function save(name: string, png: Buffer | Uint8Array): Promise<void> {
  const file = join(folder, `${name}.png`);
  await sharp(png).png({ palette: true, colors: 128, effort: 10 }).toFile(file);
  written.push(file);
}

/** Scrolls an element to just under the top of the window (the header does not stick). */
async function scrollToTop(element: Locator): Promise<void> {
  await element.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 16));
}

const server = await serveBuild(distDir, base);
const browser = await launchChromium();
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const size = `${viewport.width}x${viewport.height}-${colorScheme}`;
      const report = `${server.origin}${base}`;

      await page.goto(report, { waitUntil: 'load' });
      await save(`report-top-${size}`, await page.screenshot());

      const paragraph = page
        .locator('.chapter')
        .nth(TEXT_CHAPTER)
        .locator('p:has(a.cite-link)')
        .first();
      if (viewport.width < 800) {
        // On a phone the note opens in place when its marker is followed (no JavaScript needed).
        const marker = await paragraph.locator('a.cite-link').first().getAttribute('href');
        await page.goto(`${report}${marker}`, { waitUntil: 'load' });
      }
      await scrollToTop(paragraph);
      await save(`report-notes-${size}`, await page.screenshot());

      for (const chart of REPORT_CHARTS) {
        const figure = page.locator(`figure#chart-${chart}`);
        if ((await figure.count()) !== 1)
          throw new Error(`screenshots: the report has no figure#chart-${chart}`);
        await save(`report-chart-${chart}-${size}`, await figure.screenshot());
      }

      await page.goto(`${report}charts/${CHART}/`, { waitUntil: 'load' });
      await save(`chart-page-${CHART}-${size}`, await page.screenshot());
      await page.goto(`${report}embed/${EMBED}/`, { waitUntil: 'load' });
      await save(`embed-${EMBED}-${size}`, await page.screenshot());
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// The PDF's pages by what they hold, found in its text (one string per page, split at form feeds).
const pages = (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 })).stdout
  .split('\f')
  .map((text) => text.split('\n').map((line) => line.trim()));
const pageWhere = (what: string, test: (lines: string[], index: number) => boolean): number => {
  const index = pages.findIndex(test);
  if (index < 0) throw new Error(`screenshots: no page of ${REPORT_PDF} is ${what}`);
  return index + 1;
};
// Figures are numbered in the report's order (lib/pdf/print.ts); one printed as its table
// (data-print-table) is not a drawing. The chart page shown is a drawing set in the text.
const drawn = [
  ...(await readFile(join(distDir, 'index.html'), 'utf8')).matchAll(
    /<figure [^>]*data-chart="[^"]+"[^>]*>/g,
  ),
]
  .map((m, i) => ({ label: `FIGURE ${i + 1}`, drawing: !m[0].includes('data-print-table') }))
  .filter((figure) => figure.drawing)
  .map((figure) => figure.label);
const fullLines = (lines: string[]) => lines.filter((line) => line.length > 50).length;
const contents = pageWhere('the contents', (lines) => lines.includes('Contents'));
const pdfPages = {
  cover: 1,
  contents,
  // A page of running text after the front matter: no figure, and nearly every line a full one.
  text: pageWhere(
    'a full page of text',
    (lines, i) =>
      i > contents + 1 && !lines.some((line) => /^FIGURE \d/.test(line)) && fullLines(lines) > 25,
  ),
  chart: pageWhere(
    'a page with a drawn chart and text',
    (lines) => drawn.some((label) => lines.includes(label)) && fullLines(lines) > 10,
  ),
  references: pageWhere(
    'the references',
    (lines, i) => i > contents && lines.includes('References'),
  ),
};
for (const [name, number] of Object.entries(pdfPages)) {
  const n = String(number);
  const { stdout } = await run(
    'pdftoppm',
    ['-png', '-r', String(PDF_DPI), '-f', n, '-l', n, '-singlefile', pdf],
    { encoding: 'buffer', maxBuffer: 64 << 20 },
  );
  await save(`pdf-${name}`, stdout);
}
console.info(
  `screenshots: ${written.length} written to ${folder} (PDF pages ${Object.entries(pdfPages)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')})`,
);
