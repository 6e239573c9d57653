/**
 * Prints a built page to PDF with Chromium: Paged.js lays it out in pages first (contents with page
 * numbers, running heads, page counters), then Chromium writes a tagged PDF with an outline from the
 * headings. Runs against a local server of the build; nothing is fetched from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { launchChromium } from '../chromium.ts';

const require = createRequire(import.meta.url);

/** Paged.js's polyfill build, beside its CommonJS entry (the package exports no subpaths). */
function pagedPolyfill(): string {
  return join(dirname(require.resolve('pagedjs')), '../dist/paged.polyfill.js');
}

/**
 * Inter (the Open Graph cards' font) as @font-face rules, with the woff2 files inlined: the pages
 * use system fonts, which differ from machine to machine; the edition should not.
 */
async function interFontFaces(): Promise<string> {
  const dir = dirname(require.resolve('@fontsource/inter/package.json'));
  const weights = ['400', '400-italic', '600', '700', '700-italic'];
  const css = (await Promise.all(weights.map((w) => readFile(join(dir, `${w}.css`), 'utf8')))).join(
    '\n',
  );
  return css.replace(
    /src: url\(\.\/files\/([\w.-]+\.woff2)\)[^;]*;/g,
    (_, file: string) =>
      `src: url(data:font/woff2;base64,${readFileSync(join(dir, 'files', file)).toString('base64')}) format('woff2');`,
  );
}

export interface PrintOptions {
  /** Address of the page on the local server. */
  url: string;
  /** The paged-media stylesheet, applied on top of the page's own. */
  css: string;
}

export interface Printed {
  pdf: Uint8Array;
  /** The text of every heading, in document order, whitespace collapsed. */
  headings: string[];
}

export async function printToPdf({ url, css }: PrintOptions): Promise<Printed> {
  const browser = await launchChromium();
  try {
    // The page's Content-Security-Policy allows its own scripts only; Paged.js is the printer's.
    const context = await browser.newContext({ bypassCSP: true, colorScheme: 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      // The site's stylesheets keep applying as they are; Paged.js's parser cannot read their
      // modern syntax, and it only needs to see the paged-media rules.
      for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) {
        sheet.setAttribute('data-pagedjs-ignore', '');
      }
      // The "#" after a heading is a screen affordance, and would be read into the running head.
      for (const anchor of document.querySelectorAll('.heading-anchor')) anchor.remove();
      // A chart that prints as its table (print.css) shows it where the page has it, after the
      // source line; in the edition it takes the drawing's place, under the headline.
      for (const chart of document.querySelectorAll('.chart[data-print-table]')) {
        const table = chart.querySelector('details.chart-table .table-scroll');
        const drawing = chart.querySelector('.chart-svg');
        if (table && drawing) drawing.replaceWith(table);
      }
      (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
    });
    await page.addStyleTag({ content: `${await interFontFaces()}\n${css}` });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.addScriptTag({ path: pagedPolyfill() });
    await page.evaluate(() =>
      (
        window as unknown as { PagedPolyfill: { preview(): Promise<unknown> } }
      ).PagedPolyfill.preview().then(() => undefined),
    );
    // Paged.js reports a layout it could not finish ("Layout repeated") on the console and goes on
    // with a truncated document: that must not become the edition.
    if (errors.length > 0)
      throw new Error(`the report did not lay out in pages: ${errors.join('; ')}`);
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );
    const pdf = await page.pdf({
      tagged: true,
      outline: true,
      preferCSSPageSize: true,
      printBackground: true,
    });
    return { pdf, headings };
  } finally {
    await browser.close();
  }
}
