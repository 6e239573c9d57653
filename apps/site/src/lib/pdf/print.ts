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
import { LEAD_CHART } from '../masthead.ts';
import {
  applyFigureMoves,
  BACK_MATTER,
  type FigureMove,
  findFigureMoves,
  markBlocks,
} from './figure-floats.ts';
import { arrangeTables, rowBreaks, type TableMeasures } from './tables.ts';

const require = createRequire(import.meta.url);
/**
 * Layouts at most: each takes a few seconds; a figure moved up can leave the next one to move
 * (figure-floats.ts), so a run of figures needs one more, and a spill two (one per step of
 * tightness), found in the same passes as the moves.
 */
const MAX_LAYOUTS = 4;
/** The steps of tightness a chapter can be set in (pdf.css, `data-tight`). */
const TIGHTEST = 2;
/**
 * The text blocks of styles/pdf.css: a chapter's page, and the back matter's (its @page back); a
 * table row taller than a sixth of a page is continued in rows under it (tables.ts): as rows move
 * whole, none then leaves more than that of a page empty before it (a quarter left pages of a row
 * in three parts three quarters full).
 */
const TABLE_MEASURES: TableMeasures = {
  chapterWidth: '130mm',
  pageHeight: '249mm',
  backWidth: '162mm',
  rowShare: 1 / 6,
  rowBreaks: rowBreaks.toString(),
};

/** Paged.js's polyfill build, beside its CommonJS entry (the package exports no subpaths). */
function pagedPolyfill(): string {
  return join(dirname(require.resolve('pagedjs')), '../dist/paged.polyfill.js');
}

/**
 * The house faces (src/styles/fonts.css) as @font-face rules with the woff2 files inlined, Latin
 * and Cyrillic, so the edition embeds the same type as the site whatever the printing machine has.
 */
async function houseFontFaces(): Promise<string> {
  const faces = [
    ['@fontsource/source-serif-4', ['400', '400-italic']],
    ['@fontsource/inter', ['400', '600']],
  ] as const;
  const css: string[] = [];
  for (const [pkg, weights] of faces) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const w of weights) {
      const text = await readFile(join(dir, `${w}.css`), 'utf8');
      css.push(
        text.replace(
          /src: url\(\.\/files\/([\w.-]+\.woff2)\)[^;]*;/g,
          (_, file: string) =>
            `src: url(data:font/woff2;base64,${readFileSync(join(dir, 'files', file)).toString('base64')}) format('woff2');`,
        ),
      );
    }
  }
  return css.join('\n');
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

/**
 * The report page made into the paper's document, in the page before Paged.js lays it out: what
 * the screen shows differently or not at all.
 */
function prepare(leadChart: string): void {
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
  // The contents fold on narrow screens; on paper they are open. The key findings in full
  // are the paper's key findings: out of their fold, which Paged.js would repeat on each page
  // they run onto, and without the phone's list of their leads.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.toc details')) {
    details.open = true;
  }
  for (const details of document.querySelectorAll('details.kf-full')) {
    details.querySelector(':scope > summary')?.remove();
    details.replaceWith(...details.childNodes);
  }
  for (const leads of document.querySelectorAll('.kf-leads')) leads.remove();
  // A printed report opens with its contents, right after the cover (the screen shows the key
  // findings first and the contents beside the text).
  const findings = document.querySelector('.key-findings');
  const toc = document.querySelector('.toc');
  if (findings && toc) findings.before(toc);
  // Notes: on paper, the list after the report quotes each passage (the screen shows it in
  // the margin, beside the sentence), and the markers stay as numerals linking to it.
  for (const note of document.querySelectorAll('.sidenote')) {
    const excerpt = note.querySelector('.excerpt');
    const n = note.querySelector('.sn-n')?.textContent;
    const item = n ? document.getElementById(`notes-${n}`) : null;
    // A note cited again further on has its passage once.
    if (excerpt && item && !item.querySelector('.note-quote')) {
      const quote = document.createElement('span');
      quote.className = 'note-quote';
      // A passage that opens with the source's own quotation mark is printed as the screen shows
      // it, without a second pair around it (CiteMarker.astro marks it "quoted").
      // Only the source's words are set in italic, not the marks around them.
      const words = document.createElement('span');
      words.className = 'i';
      words.textContent = excerpt.textContent ?? '';
      if (excerpt.classList.contains('quoted')) quote.append(words, ' ');
      else quote.append('“', words, '” ');
      item.querySelector('.note-back')?.after(quote);
    }
    note.remove();
  }
  for (const marker of document.querySelectorAll<HTMLAnchorElement>('a.cite-link')) {
    marker.href = `#notes-${marker.textContent}`;
  }
  // "Everything citing this source" is the site's; the reference itself is the paper's.
  for (const link of document.querySelectorAll('.references li > a')) link.remove();
  // Chromium tags <strong> and <em> as Strong and Em, structure types PDF 1.7 readers do not
  // know; on paper they are spans with the same look.
  for (const element of document.querySelectorAll('main strong, main em, main b, main i')) {
    const span = document.createElement('span');
    span.className = element.localName === 'strong' || element.localName === 'b' ? 'b' : 'i';
    span.append(...element.childNodes);
    element.replaceWith(span);
  }
  // A figure's alternative text says what it shows: a chart's description (the words of its
  // "Describe this chart", its SVG's <desc>), or the words and speaker of a pull quote, without
  // its note number.
  for (const figure of document.querySelectorAll('figure')) {
    const caption = figure.querySelector('figcaption')?.cloneNode(true) as Element | undefined;
    for (const marker of caption?.querySelectorAll('.cite-link') ?? []) marker.remove();
    const text =
      figure.querySelector('.chart-describe p')?.textContent ??
      `${figure.querySelector('blockquote')?.textContent ?? ''} ${caption?.textContent ?? ''}`;
    if (text.trim()) figure.setAttribute('aria-label', text.replace(/\s+/g, ' ').trim());
  }
  // The cover: the report's lead chart (the one the screen shows beside the title) at a size that
  // fills the page, over a credit line in its chart's title, which leads to the figure (a cover
  // picture carries no figure's headline or page); and a foot in the site's footer's words: who
  // publishes the report and the licence of its data.
  const lead = document.getElementById(`chart-${leadChart}`);
  const drawing = lead?.querySelector('.chart-svg svg');
  const cover = document.querySelector('.report-header');
  if (lead && drawing && cover) {
    const figure = document.createElement('div');
    figure.className = 'cover-chart';
    const credit = document.createElement('a');
    credit.className = 'cover-credit';
    credit.href = `#${lead.id}`;
    const number = lead.querySelector('.figure-number')?.textContent?.toLowerCase();
    const title = drawing.querySelector('title')?.textContent ?? '';
    credit.textContent = number ? `${title} (${number})` : title;
    // The drawing again: the figure in its chapter is the one a reader of the tags meets.
    const copy = drawing.cloneNode(true) as Element;
    copy.setAttribute('aria-hidden', 'true');
    for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
    copy.removeAttribute('aria-labelledby');
    copy.removeAttribute('aria-describedby');
    figure.append(copy, credit);
    cover.querySelector('.byline')?.before(figure);
  }
  const license = document.querySelector<HTMLAnchorElement>('.site-footer a[rel="license"]');
  const publisher = document.querySelector('.report-header .publisher')?.firstChild?.textContent;
  if (cover && license && publisher) {
    const foot = document.createElement('p');
    foot.className = 'cover-foot';
    const by = document.createElement('span');
    by.textContent = `Published by ${publisher.trim()}`;
    const terms = document.createElement('span');
    terms.append('Data licensed ', license.cloneNode(true));
    foot.append(by, terms);
    cover.append(foot);
  }
  // A drawing over TALL times as tall as it is wide (the matrix) is shrunk in the text's column to
  // the 185 mm of height a chart may take there, its labels toward 7 pt: it takes a page of its
  // own instead, its head and source beside it (pdf.css).
  const TALL = 2;
  for (const chart of document.querySelectorAll('.chart:not([data-print-table])')) {
    const box = chart.querySelector('.chart-svg svg')?.getAttribute('viewBox')?.split(/\s+/);
    if (box && Number(box[3]) > TALL * Number(box[2])) chart.setAttribute('data-print-page', '');
  }
  (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
}

export async function printToPdf({ url, css }: PrintOptions): Promise<Printed> {
  const browser = await launchChromium();
  try {
    // The page's Content-Security-Policy allows its own scripts only; Paged.js is the printer's.
    // An A4 page wide (794 CSS px), so the screen's desktop rules (sticky contents, margin notes)
    // stay out of the paper.
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme: 'light',
      viewport: { width: 794, height: 1123 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const style = `${await houseFontFaces()}\n${css}`;
    const layOut = async (moves: FigureMove[], tight: string[]) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(prepare, LEAD_CHART);
      await page.evaluate(markBlocks, { tight, backMatter: BACK_MATTER });
      await page.evaluate(applyFigureMoves, moves);
      await page.addStyleTag({ content: style });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.evaluate(arrangeTables, TABLE_MEASURES);
      await page.addScriptTag({ path: pagedPolyfill() });
      await page.evaluate(() =>
        (
          window as unknown as { PagedPolyfill: { preview(): Promise<unknown> } }
        ).PagedPolyfill.preview().then(() => undefined),
      );
    };
    // Lay out, then again with the figures that left a page short set further on or before the
    // text, and the chapters that spill a few lines onto a page set tighter (figure-floats.ts);
    // print the layout with the least empty space inside the run of chapters and the fewest spills.
    let moves: FigureMove[] = [];
    let tight: string[] = [];
    let best = { moves, tight, score: Number.POSITIVE_INFINITY };
    for (let pass = 1; ; pass++) {
      await layOut(moves, tight);
      const found = await page.evaluate(findFigureMoves);
      // A spill of a line or two weighs as a page left empty inside a chapter.
      const score = found.shortfall + found.spills.reduce((sum, { short }) => sum + short, 0);
      if (score < best.score) best = { moves, tight, score };
      const tighter = found.spills
        .map(({ chapter }) => chapter)
        .filter((chapter) => tight.filter((name) => name === chapter).length < TIGHTEST);
      if ((found.moves.length === 0 && tighter.length === 0) || pass === MAX_LAYOUTS) break;
      const merged = new Map(moves.map((move) => [move.figure, move]));
      for (const move of found.moves) merged.set(move.figure, move);
      moves = [...merged.values()];
      tight = [...tight, ...tighter];
    }
    if (best.moves !== moves || best.tight !== tight) await layOut(best.moves, best.tight);
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
