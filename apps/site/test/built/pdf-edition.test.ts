import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatFigure, getFigure } from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import { hasChromium } from '../../src/lib/chromium.ts';
import { LEAD_CHART, PUBLISHER } from '../../src/lib/masthead.ts';
import { formatSize } from '../../src/lib/pdf/edition-link.ts';
import { printToPdf } from '../../src/lib/pdf/print.ts';
import { serveBuild } from '../../src/lib/serve-build.ts';
import { DATA_LICENSE, PROJECT_AUTHOR, REPORT_PDF, REPORT_TITLE } from '../../src/site.ts';
import { browserChecksOn } from '../browser/lib/browser-checks.ts';
import { publishedChapters } from './lib/report-pages.ts';
import { deployedAt } from './lib/site-config.ts';
import { distDir, listFiles, siteRoot } from './lib/site-dist.ts';

// The PDF edition read back with poppler-utils and qpdf (Debian packages; .ci/run installs them).
// It is printed with Chromium: where there is none, the build leaves it out and no page links to
// it. With BROWSER_CHECKS=1 (CI) Chromium is required, so the PDF must be there.
const run = promisify(execFile);
const pdf = join(distDir, REPORT_PDF);
const reportDir = join(siteRoot, 'src/content/report');
const MAX_BYTES = 3_000_000;
const printed = hasChromium() || browserChecksOn;

async function tool(command: string, ...args: string[]): Promise<string> {
  try {
    return (await run(command, args, { maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${command} is missing: apt-get install -y poppler-utils qpdf (.ci/run installs them)`,
      );
    }
    throw error;
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Inter's line box (ascender plus descender) in ems: a word's box height over its type size. */
const INTER_BOX = 1.21;

interface WordBox {
  word: string;
  page: number;
  pageHeight: number;
  top: number;
  bottom: number;
}

/** Every word of the PDF with its box in points (pdftotext -bbox), pages numbered from 1. */
async function wordBoxes(file = pdf): Promise<WordBox[]> {
  const bbox = await tool('pdftotext', '-bbox', '-enc', 'UTF-8', file, '-');
  const pages = bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g);
  return [...pages].flatMap(([, height, body], i) =>
    [
      ...(body as string).matchAll(
        /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map(([, top, bottom, word]) => ({
      word: word as string,
      page: i + 1,
      pageHeight: Number(height),
      top: Number(top),
      bottom: Number(bottom),
    })),
  );
}

/** The fewest lines the last page of the chapters, or of the back matter, may hold. */
const MIN_LAST_LINES = 6;
/** How full, in parts of its text block, any page of the chapters but their last must be. */
const MIN_FILLED = 0.85;
/** The fewest lines of its text a chapter's title keeps with on its page. */
const TITLE_LINES = 3;
/** Type larger than this, in points, is a chapter's title (18 pt) in the text block: the standfirst
 * on the cover is 15, section heads 12. */
const TITLE_SIZE = 16;

/** Text as the built HTML escapes it, as it reads. */
const htmlText = (text: string) =>
  text
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface Outline {
  title: string;
  kids: Outline[];
}

/** The first figure of each chapter that is shown with its unit, for a sample of values. */
async function sampleFigures(): Promise<string[]> {
  const ids: string[] = [];
  for (const chapter of await publishedChapters(reportDir)) {
    const text = await readFile(join(reportDir, chapter.file), 'utf8');
    const tag = [...text.matchAll(/<Fig\b[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => !/\bbare\b/.test(t));
    const id = tag && /\bid="([^"]+)"/.exec(tag)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/** A chapter's entry as the contents print it: numbered or not as its front matter says. */
async function contentsEntries(): Promise<Array<{ title: string; numbered: boolean }>> {
  const entries = [];
  for (const { file, title } of await publishedChapters(reportDir)) {
    const front = await readFile(join(reportDir, file), 'utf8');
    // Key findings and chapters marked `numbered: false` (content.config.ts) go unnumbered.
    const numbered = !/^(numbered: false|findings: true)\s*$/m.test(front.split(/^---$/m)[1] ?? '');
    entries.push({ title, numbered });
  }
  return entries;
}

/** The page of the contents: the first after the cover headed "Contents". */
function contentsPage(pages: readonly string[]): number {
  return pages.findIndex((page, i) => i > 0 && /^(.* )?Contents Contents /.test(page));
}

/** A text as a regular expression that matches it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.runIf(printed)('the PDF edition', () => {
  test('is built, within 3 MB, and the report and /cite/ link to it with its size', async () => {
    expect(existsSync(pdf), `${pdf} was not built`).toBe(true);
    const { size } = await stat(pdf);
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
    for (const path of ['index.html', 'cite/index.html']) {
      const html = await readFile(join(distDir, path), 'utf8');
      const link = new RegExp(`<a href="([^"]*/${REPORT_PDF})"[^>]*>PDF, ([^<]+)</a>`).exec(html);
      expect(link, `${path} has no link "PDF, <size>" to the PDF`).not.toBeNull();
      expect(link?.[2]).toBe(formatSize(size));
    }
  });

  test('is tagged, A4, titled, dated by the data release rather than the build', async () => {
    const info = await tool('pdfinfo', pdf);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:.* pts \(A4\)$/m);
    expect(info).toMatch(
      new RegExp(`^Title:\\s+${REPORT_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
    );
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(10);
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const released = /<time datetime="([^"]+)" data-release-date>/.exec(html)?.[1];
    const created = /^CreationDate:\s+(.+)$/m.exec(info)?.[1];
    expect(released).toBeDefined();
    expect(new Date(`${created}`).toISOString().slice(0, 10)).toBe(released);
  });

  test('passes qpdf --check and has a bookmark for every chapter and its sections', async () => {
    await tool('qpdf', '--check', pdf);
    const { outlines } = JSON.parse(await tool('qpdf', '--json=2', '--json-key=outlines', pdf)) as {
      outlines: Outline[];
    };
    const all = (items: Outline[]): Outline[] => items.flatMap((o) => [o, ...all(o.kids)]);
    const byTitle = new Map(all(outlines).map((o) => [o.title, o]));
    for (const { title } of await publishedChapters(reportDir)) {
      expect(byTitle.get(title), `no bookmark "${title}"`).toBeDefined();
    }
    expect(all(outlines).length).toBeGreaterThan((await publishedChapters(reportDir)).length * 2);
    expect(byTitle.has('Notes') && byTitle.has('References')).toBe(true);
  });

  test('has every chapter title, figure values, notes with excerpts, and no loopback address', async () => {
    const text = squeeze(await tool('pdftotext', '-enc', 'UTF-8', pdf, '-'));
    for (const { title } of await publishedChapters(reportDir)) expect(text).toContain(title);
    const sample = await sampleFigures();
    expect(sample.length).toBeGreaterThan(3);
    for (const id of sample) {
      expect(text, `figure ${id}`).toContain(
        squeeze(formatFigure(getFigure(id), { locale: 'en' })),
      );
    }
    expect(text).toContain('Contents');
    expect(text).toMatch(/Notes .*“?Ukrainian military personnel arrived in Denmark/);
    // A passage that opens with the source's own quotation mark gets no second pair (one may
    // close on two marks, the source's and its own quotation's).
    expect(text).not.toContain('““');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    // Also not in link targets or metadata: the file uncompressed.
    const raw = await tool('qpdf', '--qdf', '--object-streams=disable', pdf, '-');
    expect(raw).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('draws the charts as vectors: no raster image in the file, the charts’ labels as text', async () => {
    const images = (await tool('pdfimages', '-list', pdf)).split('\n').slice(2).filter(Boolean);
    expect(images).toEqual([]);
    // An axis's last tick carries its unit ("5 million"): text only inside the chart's SVG, so
    // it is in the PDF's text only if the chart was printed as vectors.
    const svg = await readFile(join(distDir, 'charts/production.svg'), 'utf8');
    const ticks = [...svg.matchAll(/<text y="\.7em"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1] as string,
    );
    expect(ticks.length).toBeGreaterThan(1);
    const withUnit = ticks.filter((tick) => /[^\d.,\s]/.test(tick));
    expect(withUnit.length, `ticks ${ticks.join(', ')}`).toBeGreaterThan(0);
    const text = ` ${squeeze(await tool('pdftotext', '-enc', 'UTF-8', pdf, '-'))} `;
    for (const tick of withUnit) expect(text, `tick ${tick}`).toContain(` ${tick} `);
  });

  test('sets every drawn chart’s labels at 7.5 pt or more, however tall the chart', async () => {
    // The words of the charts' level labels (rotated ones come out of pdftotext in pieces), each
    // no smaller anywhere in the PDF than Inter at 7.5 pt, the floor of print's label sizes.
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const drawn = [...html.matchAll(/<figure [^>]*id="chart-[^"]+"[^>]*>[\s\S]*?<\/figure>/g)]
      .map((m) => m[0])
      .filter((figure) => !/^<figure [^>]*data-print-table/.test(figure));
    expect(drawn.length).toBeGreaterThan(3);
    const labels = new Set(
      drawn.flatMap((figure) =>
        [...figure.matchAll(/<text(?![^>]*rotate)[^>]*>([\s\S]*?)<\/text>/g)].flatMap((m) =>
          htmlText((m[1] as string).replace(/<[^>]+>/g, ' '))
            .split(/\s+/)
            .filter((word) => /^[A-Za-z]{4,}$/.test(word)),
        ),
      ),
    );
    const smallest = new Map<string, number>();
    for (const { word, top, bottom } of await wordBoxes()) {
      if (!labels.has(word)) continue;
      smallest.set(word, Math.min(smallest.get(word) ?? Number.POSITIVE_INFINITY, bottom - top));
    }
    expect(smallest.size, 'chart labels found in the PDF').toBeGreaterThan(20);
    const small = [...smallest].filter(([, height]) => height < 7.5 * INTER_BOX);
    expect(small.map(([word, height]) => `${word}: ${(height / INTER_BOX).toFixed(1)} pt`)).toEqual(
      [],
    );
  });

  test('has a cover that fills its page: publisher, title, lead chart, byline and licence', async () => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const pages = (await tool('pdftotext', '-enc', 'UTF-8', pdf, '-')).split('\f').map(squeeze);
    const cover = pages[0] as string;
    const released = /<time datetime="[^"]+" data-release-date>([^<]+)<\/time>/.exec(html)?.[1];
    for (const part of [
      REPORT_TITLE,
      PROJECT_AUTHOR,
      `${released}`,
      `Published by ${PUBLISHER}`,
      `Data licensed ${DATA_LICENSE.name}`,
    ]) {
      expect(cover).toContain(part);
    }
    // The lead chart is credited in one line, its chart's title and figure number, without the
    // figure's headline or page.
    const figure = html.slice(html.indexOf(`id="chart-${LEAD_CHART}"`));
    const number = /<span class="figure-number">Figure (\d+)<\/span>/.exec(figure)?.[1];
    const title = htmlText(/<title id="chart-[^"]+">([^<]+)<\/title>/.exec(figure)?.[1] ?? '');
    expect(title).not.toBe('');
    expect(cover).toContain(`${title} (figure ${number})`);
    expect(cover).not.toMatch(/Figure \d+ ·|, page \d+/);
    // Its foot sits at the bottom of the page: the cover is laid out to the page, not left half empty.
    const words = (await wordBoxes()).filter((box) => box.page === 1);
    expect(Math.max(...words.map((w) => w.bottom / w.pageHeight))).toBeGreaterThan(0.8);
  });

  test('numbers every figure as the site does, a figure printed as its table too', async () => {
    // The web's figures in the report's order, each with its number and headline.
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const web = [
      ...html.matchAll(
        /<span class="figure-number">Figure (\d+)<\/span><span class="chart-headline[^"]*">([^<]+)<\/span>/g,
      ),
    ].map((m) => ({ number: m[1], headline: squeeze(htmlText(m[2] as string)) }));
    expect(web.length, 'figures on the report page').toBeGreaterThan(5);
    const text = squeeze(await tool('pdftotext', '-enc', 'UTF-8', pdf, '-'));
    for (const { number, headline } of web) {
      // The kicker is set in capitals; the headline's first words follow it.
      const opening = headline.split(' ').slice(0, 3).join(' ');
      expect(text, `figure ${number} ("${opening}…") is numbered otherwise in the PDF`).toContain(
        `FIGURE ${number} ${opening}`,
      );
    }
    // No figure is renamed a table, and the text refers to each by the web's number.
    expect(text).not.toMatch(/\bTABLE \d/);
    const webRefs = [...html.matchAll(/\(<a class="fig-ref"[^>]*>figure (\d+)<\/a>\)/g)].map(
      (m) => m[1],
    );
    expect(webRefs.length, 'references to figures on the report page').toBeGreaterThan(0);
    for (const number of new Set(webRefs)) {
      expect(text, `the text's "(figure ${number})"`).toContain(`(figure ${number})`);
    }
  });

  test('moves a table longer than a page to an appendix, which the contents list and its chapter points to', async () => {
    const text = await tool('pdftotext', '-enc', 'UTF-8', pdf, '-');
    const pages = text.split('\f').map(squeeze);
    // In the chapter, a line of text in the table's place (no frame around a missing drawing).
    const pointers = [
      ...squeeze(text).matchAll(/Figure (\d+) is printed as a table in the appendix, page (\d+)/g),
    ].map((m) => ({ figure: m[1], page: Number(m[2]) }));
    const contents = contentsPage(pages);
    const listed = pages.slice(contents, contents + 2).join(' ');
    // Back matter: unnumbered in the contents, as the notes.
    const appendix = Number(/ Appendix (\d+)/.exec(listed)?.[1] ?? Number.NaN);
    if (pointers.length === 0) {
      expect(listed).not.toMatch(/ Appendix \d+/);
      return;
    }
    expect(listed).not.toMatch(/\d+\. Appendix/);
    // Headed as the figures are, a kicker over the headline: "FIGURE 7 One report: …".
    expect(pages[appendix - 1]).toMatch(/^(.* )?Appendix Appendix FIGURE \d+ [A-Z]/);
    for (const { figure, page } of pointers) {
      expect(page).toBeGreaterThanOrEqual(appendix);
      expect(pages[page - 1]).toContain(` FIGURE ${figure} `);
    }
    // Its bookmark as the heading reads, not as it is set ("FIGURE 7One report").
    const { outlines } = JSON.parse(await tool('qpdf', '--json=2', '--json-key=outlines', pdf)) as {
      outlines: Outline[];
    };
    const all = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...all(o.kids)]);
    const titles = all(outlines);
    for (const { figure } of pointers) {
      expect(titles.filter((title) => title.startsWith(`Figure ${figure} `))).toHaveLength(1);
    }
    // After the last chapter, before the notes.
    const notes = Number(/ Notes (\d+)/.exec(listed)?.[1]);
    const chapters = await publishedChapters(reportDir);
    const last = literal(chapters.at(-1)?.title ?? '');
    const lastPage = Number(new RegExp(` ${last} (\\d+)`).exec(listed)?.[1]);
    expect(appendix).toBeGreaterThan(lastPage);
    expect(appendix).toBeLessThan(notes);
  });

  test('has contents listing every chapter, the notes and the references, each at the page it starts on, numbering only the chapters of the argument', async () => {
    // One string per page (pdftotext ends each with a form feed); pages are numbered from the cover.
    const pages = (await tool('pdftotext', '-enc', 'UTF-8', pdf, '-')).split('\f').map(squeeze);
    const contents = contentsPage(pages);
    expect(contents, 'no contents page').toBeGreaterThan(0);
    const listed = pages.slice(contents, contents + 2).join(' ');
    const entries = [
      ...(await contentsEntries()),
      { title: 'Notes', numbered: false },
      { title: 'References', numbered: false },
    ];
    let number = 0;
    for (const { title, numbered } of entries) {
      const label = numbered ? `${++number}. ${literal(title)}` : `(?<!\\d\\. )${literal(title)}`;
      const page = Number(new RegExp(`${label} (\\d+)`).exec(listed)?.[1]);
      expect(
        page,
        `the contents do not list "${title}" as "${label}" with a page number`,
      ).toBeGreaterThan(0);
      expect(pages[page - 1], `"${title}" is not on page ${page}`).toContain(title);
    }
  });

  test('numbers each section in the text as the contents do (1.1, 1.2 …), on every page', async () => {
    const pages = (await tool('pdftotext', '-enc', 'UTF-8', pdf, '-')).split('\f').map(squeeze);
    const contents = contentsPage(pages);
    const listed = pages.slice(contents, contents + 2).join(' ');
    const sections = [...listed.matchAll(/ (\d+\.\d+) (\D+?) \d+(?= )/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(sections.length, 'numbered sections in the contents').toBeGreaterThan(5);
    const text = pages.slice(contents + 2).join(' ');
    expect(sections.filter((section) => !text.includes(section))).toEqual([]);
  });

  test('has no blank page, no page of the chapters but their last left short, and no last page of a few lines', async () => {
    // Word boxes in points (pdftotext -bbox), one <page> each: the running head and the folio sit
    // in the 24 mm margins above and below the text block (src/styles/pdf.css).
    const margin = (24 / 25.4) * 72;
    const bbox = await tool('pdftotext', '-bbox', '-enc', 'UTF-8', pdf, '-');
    const pages = [
      ...bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g),
    ].map(([, height, body], i) => {
      const words = [
        ...(body as string).matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, top, bottom, text]) => ({ top: Number(top), bottom: Number(bottom), text }));
      const block = Number(height) - 2 * margin;
      const inBlock = words.filter((w) => w.top >= margin && w.bottom <= margin + block);
      const lowest = Math.max(margin, ...inBlock.map((w) => w.bottom));
      // Lines: the words' tops, those within 2 pt of the one before counted as one.
      const tops = inBlock.map((w) => w.top).sort((a, b) => a - b);
      const lines = tops.filter((top, j) => j === 0 || top - (tops[j - 1] as number) > 2).length;
      // A page that holds one figure and nothing else: it opens on the figure's kicker ("FIGURE
      // 3") and ends on its source line ("… Data: UA Drones, CC BY 4.0.", Chart.astro).
      const kickers = inBlock.filter(
        (w, j) => /^(FIGURE|TABLE)$/.test(w.text) && /^\d+$/.test(inBlock[j + 1]?.text ?? ''),
      );
      const lastLine = inBlock.filter((w) => w.top > (tops.at(-1) ?? 0) - 2);
      return {
        page: i + 1,
        words: words.length,
        head: words
          .filter((w) => w.bottom < margin)
          .map((w) => w.text)
          .join(' '),
        filled: Math.round(((lowest - margin) / block) * 100) / 100,
        lines,
        figureAlone:
          kickers.length === 1 && kickers[0]?.top === tops[0] && lastLine.at(-1)?.text === '4.0.',
      };
    });
    expect(pages.length).toBeGreaterThan(10);
    // Blank: no more than a running head and a number.
    expect(pages.filter((p) => p.words < 25).map((p) => p.page)).toEqual([]);
    // The chapters run on (pdf.css), so their pages are one run, each headed by a chapter's title
    // (the first that starts on it, else the one it continues); the front matter before it and
    // the appendix, notes and references after each open a page. Any page of a run but its last
    // is filled to MIN_FILLED, so no figure left a gap (lib/pdf/figure-floats.ts floats one that
    // would leave a tenth of a page) and no chapter a page end empty (a title keeps with three
    // lines of its text, which leaves less). Save before a figure that ends its chapter alone on
    // a page: too tall for the gap, with no text of its chapter after it to set in its place, it
    // could only leave its chapter (the next one then opens the page after it).
    const chapters = (await publishedChapters(reportDir))
      .map((c) => c.title)
      .filter((title) => title !== 'Key findings');
    const run = (i: number) => {
      const head = pages[i]?.head ?? '';
      return chapters.some((title) => head.endsWith(title)) ? 'chapters' : head;
    };
    const lastOfRun = (i: number) => run(i + 1) !== run(i);
    const figureEndsChapter = (i: number) =>
      pages[i]?.figureAlone === true && pages[i + 1]?.head !== pages[i]?.head;
    const short = pages.filter(
      (p, i) =>
        !lastOfRun(i) &&
        p.filled < MIN_FILLED &&
        !(run(i) === 'chapters' && figureEndsChapter(i + 1)),
    );
    expect(short.map(({ page, head, filled }) => ({ page, head, filled }))).toEqual([]);
    // The chapters' last page, and the back matter's, carries more than a spill of a few lines
    // (figure-floats.ts pulls them back).
    const spills = pages.filter(
      (p, i) =>
        lastOfRun(i) &&
        run(i - 1) === run(i) &&
        (run(i) === 'chapters' || /(Notes|References)$/.test(p.head)) &&
        p.lines < MIN_LAST_LINES,
    );
    expect(spills.map(({ page, head, lines }) => ({ page, head, lines }))).toEqual([]);
  });

  test('never ends a page on a chapter’s title: it keeps with three lines of its text', async () => {
    const boxes = await wordBoxes();
    const margin = (24 / 25.4) * 72;
    const chapters = (await publishedChapters(reportDir))
      .map((c) => c.title)
      .filter((title) => title !== 'Key findings');
    for (const title of chapters) {
      // The title as set: its first words at the chapter head's 18 pt (a running head is 8 pt, the
      // contents 9.5, the cover's title reads "Ukraine’s"); two words, since a pull quote set large
      // may open with the title's first ("The").
      const [first, second] = title.split(' ') as [string, string | undefined];
      const large = (b: (typeof boxes)[number]) => b.bottom - b.top > TITLE_SIZE * INTER_BOX;
      const head = boxes.find(
        (b, i) =>
          b.word === first &&
          large(b) &&
          (second === undefined ||
            (boxes[i + 1]?.word === second && large(boxes[i + 1] as typeof b))),
      );
      expect(head, `the chapter title "${title}" is not in the PDF at 18 pt`).toBeDefined();
      if (!head) continue;
      const below = boxes
        .filter(
          (b) =>
            b.page === head.page &&
            b.top > head.bottom &&
            b.bottom < b.pageHeight - margin &&
            b.bottom - b.top < TITLE_SIZE * INTER_BOX,
        )
        .map((b) => b.top)
        .sort((a, b) => a - b);
      // Lines of text (a long title's second line is not one): tops more than 2 pt apart.
      const lines = below.filter((top, j) => j === 0 || top - (below[j - 1] as number) > 2);
      expect(lines.length, `"${title}" on page ${head.page}`).toBeGreaterThanOrEqual(TITLE_LINES);
    }
  });

  test('passes poppler’s structure check, with alternative text on every figure, described links and XMP metadata', async () => {
    const { stderr } = await run('pdfinfo', ['-struct', pdf], { maxBuffer: 256 * 1024 * 1024 });
    expect(stderr.trim()).toBe('');
    const raw = await tool('qpdf', '--qdf', '--object-streams=disable', pdf, '-');
    const objects = raw.split(/\n(?=\d+ 0 obj\n)/);
    const figures = objects.filter((o) => o.includes('/S /Figure'));
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((o) => !o.includes('/Alt '))).toEqual([]);
    const links = objects.filter((o) => o.includes('/Subtype /Link'));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((o) => !o.includes('/Contents '))).toEqual([]);
    // The descriptions are UTF-16 text: read them back, and they name no local server.
    const descriptions = links.map((o) => {
      const hex = /\/Contents <feff([0-9a-f]*)>/i.exec(o)?.[1] ?? '';
      return Buffer.from(hex, 'hex').swap16().toString('utf16le');
    });
    expect(descriptions.filter((d) => d === '')).toEqual([]);
    expect(descriptions.filter((d) => /localhost|127\.0\.0\.1/.test(d))).toEqual([]);
    const xmp = objects.find((o) => o.includes('/Type /Metadata')) ?? '';
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${REPORT_TITLE}</rdf:li>`);
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>en<\/rdf:li>/);
  });

  test('embeds every font', async () => {
    const rows = (await tool('pdffonts', pdf)).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID; the type may hold a space.
    const notEmbedded = rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
    expect(notEmbedded).toEqual([]);
  });

  test('links to its notes inside the document, and to pages of the site that exist', async () => {
    const raw = await tool('qpdf', '--qdf', '--object-streams=disable', pdf, '-');
    expect([...raw.matchAll(/\/Dest \/notes-\d+/g)].length, 'links to notes').toBeGreaterThan(10);
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1] as string);
    expect(uris.length).toBeGreaterThan(10);
    // Absolute on the public site, or from the site's root in a local build.
    const { origin, base } = deployedAt();
    const files = new Set(await listFiles(distDir));
    const missing = uris
      .map((uri) => new URL(uri, origin))
      .filter((url) => url.origin === origin)
      .map((url) => url.pathname)
      .filter((path) => {
        const rel = path.startsWith(base) ? path.slice(base.length) : undefined;
        return (
          rel === undefined ||
          !files.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel)
        );
      });
    expect([...new Set(missing)]).toEqual([]);
  });
});

// Without a build: a page of one chapter whose printed table has a row three pages tall, as the
// spread chart's table had with the bench's 10,000 synthetic figures (one row a place and source).
// Rows move whole between pages, so Paged.js gave up on it ("Layout repeated"). The report's own
// charts all print as drawings since the spread chart draws marks (5023e23): this page is where a
// chart printed as its table is checked.
describe.runIf(printed)('the PDF printer', () => {
  test('lays out a table row taller than a page, continued in rows, every word printed at reading size', async () => {
    const sentence = 'Troops deployed to the front for Russia: more than 15,000 troops.';
    const last = 'The last words of the row.';
    const evidence = `${Array.from({ length: 150 }, () => sentence).join(' ')} ${last}`;
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title><link rel="icon" href="data:,"></head>
<body><main><section class="chapter" id="one"><h2>One</h2><p>Text.</p>
<figure class="chart" id="chart-x" data-print-table><p class="chart-head"><span class="figure-number">Figure 3</span>
<span class="chart-headline">A table</span></p><div class="table-scroll"><table><thead><tr><th scope="col">Place</th>
<th scope="col">Evidence</th></tr></thead><tbody><tr><td>North</td><td>${evidence}</td></tr>
<tr><td>South</td><td>One line.</td></tr></tbody></table></div></figure></section></main></body></html>`;
    const dir = await mkdtemp(join(tmpdir(), 'ua-pdf-row-'));
    await writeFile(join(dir, 'index.html'), page);
    const server = await serveBuild(dir);
    try {
      const printed = await printToPdf({
        url: `${server.origin}/`,
        css: await readFile(join(siteRoot, 'src/styles/pdf.css'), 'utf8'),
      });
      await writeFile(join(dir, 'row.pdf'), printed.pdf);
      const text = squeeze(await tool('pdftotext', '-raw', join(dir, 'row.pdf'), '-'));
      expect(text.split(sentence).length - 1).toBe(150);
      expect(text).toContain(`${last} South One line.`);
      // Moved to the appendix, it keeps the number the page gives it, there and in its chapter.
      expect(text).toMatch(/Figure 3 is printed as a table in the appendix, page \d+\./);
      expect(text).toMatch(/Appendix Figure 3 A table/i);
      expect(text).not.toMatch(/Table \d/);
      // At reading size, 8 pt or more: a table is not shrunk to a page as a drawing is.
      const boxes = await wordBoxes(join(dir, 'row.pdf'));
      for (const word of ['Evidence', 'Troops']) {
        const heights = boxes.filter((box) => box.word === word).map((b) => b.bottom - b.top);
        expect(heights.length, `"${word}" is not in the PDF`).toBeGreaterThan(0);
        expect(Math.min(...heights)).toBeGreaterThan(7.9 * INTER_BOX);
      }
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.runIf(!printed)('without Chromium', () => {
  test('there is no PDF and no page links to one', async () => {
    expect(existsSync(pdf)).toBe(false);
    for (const file of (await readdir(distDir, { recursive: true })).filter((f) =>
      f.endsWith('.html'),
    )) {
      expect(await readFile(join(distDir, file), 'utf8')).not.toContain(REPORT_PDF);
    }
  });
});
