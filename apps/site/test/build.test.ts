import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPORT_PAGE } from '@ua-drones/budgets';
import { charts } from '@ua-drones/charts';
import * as data from '@ua-drones/data';
import {
  conflicts,
  dataVersion,
  events,
  figures,
  formatFigure,
  getFigure,
  quotes,
  SET_ASIDE_REASONS,
  setAside,
  sources,
} from '@ua-drones/data';
import { beforeAll, describe, expect, test } from 'vitest';
import { capitalized, typographic } from '../src/lib/format.ts';
import { edition } from '../src/lib/masthead.ts';
import { noteExcerpt } from '../src/lib/note-content.ts';
import { readChapter } from '../src/lib/parse-chapter.ts';
import { referencesOf } from '../src/lib/references.ts';
import { releases } from '../src/lib/releases.ts';
import { attr, elements, parseHtml } from './built/lib/html.ts';
import { attributes, dist, htmlFiles, page, requireBuild, siteRoot } from './built-pages.ts';

beforeAll(() => requireBuild());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#39;')
    .replace(/"/g, '&quot;');

describe('pages', () => {
  test('every fixed route is built', async () => {
    for (const path of [
      '/',
      '/data/',
      '/sources/',
      '/timeline/',
      '/methodology/',
      '/cite/',
      '/search/',
      '/charts/',
      '/writing/sample/',
      `/data/v/${dataVersion}/`,
    ]) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  test('every figure has a page showing its value formatted by the data package, and a JSON file', async () => {
    for (const figure of figures) {
      const html = await page(`/data/figures/${figure.id}/`);
      expect(html).toContain(
        `<p class="big-value" data-value>${escapeHtml(capitalized(formatFigure(figure, { locale: 'en' })))}</p>`,
      );
      expect(html).toContain('"@type":"Claim"');
      expect(html).toContain(escapeHtml(figure.excerpt));
      const json = JSON.parse(
        readFileSync(join(dist, 'data/figures', `${figure.id}.json`), 'utf8'),
      );
      expect(json).toMatchObject({ id: figure.id, value: figure.value, dataVersion });
    }
  });

  test('every source has a page listing everything that cites it', async () => {
    for (const source of sources) {
      const html = await page(`/sources/${source.id}/`);
      for (const figure of figures.filter((f) => f.source === source.id)) {
        expect(html).toContain(`href="/data/figures/${figure.id}/"`);
      }
      for (const event of events.filter((e) => e.source === source.id)) {
        expect(html).toContain(`id="event-${event.id}"`);
      }
      for (const quote of quotes.filter((q) => q.source === source.id)) {
        expect(html).toContain(`id="quote-${quote.id}"`);
      }
    }
  });

  test('every source page shows its numbers: each figure linked, each set-aside number under its reason', async () => {
    for (const source of sources) {
      const html = await page(`/sources/${source.id}/`);
      const start = html.indexOf('<h2 id="numbers">');
      const section = html.slice(start, html.indexOf('<h2', start + 1));
      const own = figures.filter((f) => f.source === source.id);
      const aside = setAside.filter((entry) => entry.source === source.id);
      expect(section).toContain(`${own.length} recorded, ${aside.length} set aside.`);
      for (const figure of own) expect(section).toContain(`href="/data/figures/${figure.id}/"`);
      for (const entry of aside) {
        const heading = section.indexOf(`<h4 id="set-aside-${entry.reason}">`);
        const marked = escapeHtml(entry.context).replace(
          new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(escapeHtml(entry.span))}(?![\\p{L}\\p{N}])`,
            'u',
          ),
          (span) => `<mark>${span}</mark>`,
        );
        expect(heading, `${source.id}: a heading for ${entry.reason}`).toBeGreaterThan(0);
        expect(
          section.indexOf(`<q>${marked}</q>: ${escapeHtml(typographic(entry.note))}`, heading),
        ).toBeGreaterThan(heading);
      }
    }
  });

  test('the methodology page says what counts as a number and defines every reason to set one aside', async () => {
    const html = await page('/methodology/');
    expect(html).toContain('<h2 id="coverage">');
    for (const [reason, definition] of Object.entries(SET_ASIDE_REASONS)) {
      const count = setAside.filter((entry) => entry.reason === reason).length;
      expect(html).toMatch(
        new RegExp(
          `<dt id="reason-${reason}">[^<]+ <span class="meta">\\(${count}\\)</span></dt><dd>${escapeRegExp(escapeHtml(definition))}</dd>`,
        ),
      );
    }
  });

  test('the methodology page lists every open conflict from the data package', async () => {
    const html = await page('/methodology/');
    for (const conflict of conflicts()) {
      for (const figure of conflict.figures)
        expect(html).toContain(`href="/data/figures/${figure.id}/"`);
    }
  });

  test('the report numbers the sections of a numbered chapter in its text as its contents do, and no others', async () => {
    const chapters = [...elements(parseHtml(await page('/')))].filter(
      (el) => el.tagName === 'section' && attr(el, 'class') === 'chapter',
    );
    expect(chapters.length).toBeGreaterThan(1);
    const numbered = chapters.flatMap((chapter) => {
      const inside = [...elements(chapter)];
      const n = attr(inside.find((el) => el.tagName === 'h2') as never, 'data-chapter-number');
      const sections = inside.filter((el) => el.tagName === 'h3');
      expect(
        sections.map((h) => attr(h, 'data-section-number')),
        `sections of #${attr(chapter, 'id')}`,
      ).toEqual(sections.map((_, i) => (n === undefined ? undefined : `${n}.${i + 1}`)));
      return n === undefined ? [] : sections;
    });
    expect(numbered.length).toBeGreaterThan(1);
  });

  test('the timeline has every event: the dated ones oldest first, then the undated', async () => {
    const html = await page('/timeline/');
    const [dated = '', undated = ''] = html.split('id="undated"');
    const order = [...dated.matchAll(/<li id="[^"]+">.*?<time datetime="([^"]+)"/gs)].map(
      (m) => m[1] as string,
    );
    const withoutDate = [...undated.matchAll(/<li id="([^"]+)">/g)].map((m) => m[1]);
    expect(order).toHaveLength(events.filter((e) => e.date !== null).length);
    expect(order).toEqual([...order].sort());
    expect(withoutDate.sort()).toEqual(
      events
        .filter((e) => e.date === null)
        .map((e) => e.id)
        .sort(),
    );
    // An entry dated to the year alone says so, not only the year a closer date would also show.
    const yearLines = [...dated.matchAll(/<time datetime="(\d{4})">([^<]*)<\/time>/g)];
    expect(yearLines.length).toBe(events.filter((e) => /^\d{4}$/.test(e.date ?? '')).length);
    for (const [, year, shown] of yearLines) expect(shown).toBe(`${year}, month not given`);
  });
});

describe('chart pages', () => {
  test('each chart’s table marks every inferred date, whichever column carries the date', async () => {
    for (const [name, chart] of Object.entries(charts)) {
      const { columns, rows } = chart.toTable(chart.select(data));
      const flags = columns.map((c) => c.key).filter((key) => key.endsWith('Inferred'));
      const inferred = rows.filter((row) => flags.some((flag) => row[flag] === 'yes')).length;
      const html = await page(`/charts/${name}/`);
      const table = html.slice(html.indexOf('<details class="chart-table">'));
      expect(table.match(/ \(inferred\)<\/td>/g) ?? [], name).toHaveLength(inferred);
      // The flag is folded into the date, not shown as a column of its own.
      expect(table, name).not.toMatch(/<th scope="col">(Date|Year) inferred<\/th>/);
    }
  });

  test('a chart’s page and its embed show what the chart measures under its title', async () => {
    for (const [name, chart] of Object.entries(charts)) {
      const subtitle = escapeHtml(typographic(chart.subtitle(chart.select(data)) as string));
      expect(await page(`/charts/${name}/`), name).toContain(
        `<span class="chart-subtitle">${subtitle}</span>`,
      );
      expect(await page(`/embed/${name}/`), name).toContain(
        `</h1><p class="embed-subtitle">${subtitle}</p>`,
      );
    }
  });
});

describe('the report page', () => {
  test('has a byline with its date and data release in words, the reading time, and links every chapter from its contents', async () => {
    const html = await page('/');
    const current = releases().find((r) => r.version === dataVersion);
    const byline = /<div class="byline">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    expect(byline).toMatch(
      current?.released
        ? /<time datetime="[\d-]+" data-release-date>Published \d+ \w+ \d{4}<\/time>/
        : /<time datetime="[\d-]+" data-release-date>Draft of \d+ \w+ \d{4}<\/time>/,
    );
    expect(byline).toMatch(/<span [^>]*data-reading-time>\d+ min read<\/span>/);
    expect(byline).toContain('>Cite</a>');
    // The reader never meets the machinery: no package name, version string or undated citation.
    // (Chart drawings are left out: their credit line is the charts package's, issue 25 item 4.)
    const text = html
      .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const machinery of ['@ua-drones', dataVersion, 'working copy', '(n.d.)', 'data version']) {
      expect(text, machinery).not.toContain(machinery);
    }
    expect(html).toContain('"@type":"Article"');
    const sections = [...html.matchAll(/<section class="chapter" id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of sections) expect(html).toMatch(new RegExp(`<li[^>]*><a href="#${id}">`));
  });

  test('numbers its figures in reading order; each <FigRef> says its figure’s label, and every figure is referred to', async () => {
    const html = await page('/');
    const labels = [
      ...html.matchAll(
        /<figure [^>]*id="chart-([a-z-]+)"[^>]*>\s*<figcaption[^>]*><span class="figure-number">Figure (\d+)<\/span>/g,
      ),
    ].map((m) => [m[1] as string, Number(m[2])] as const);
    expect(labels.map(([, n]) => n)).toEqual(labels.map((_, i) => i + 1));
    const numbers = new Map(labels);
    const refs = [
      ...html.matchAll(/<a class="fig-ref" href="#chart-([a-z-]+)">figure (\d+)<\/a>/g),
    ].map((m) => [m[1] as string, Number(m[2])] as const);
    for (const [name, n] of refs) expect(`figure ${n}`, name).toBe(`figure ${numbers.get(name)}`);
    expect(new Set(refs.map(([name]) => name))).toEqual(new Set(numbers.keys()));
  });

  test('loads no search code: the search UI loads on /search/ only', async () => {
    const report = await page('/');
    expect(report).not.toContain('pagefind-ui');
    expect(attributes(report, 'script', 'src').filter((src) => src.includes('pagefind'))).toEqual(
      [],
    );
    expect(await page('/search/')).toContain('/scripts/search.js');
  });
});

describe('the component sample chapter', () => {
  const file = join(siteRoot, 'src/content/report/00-sample.mdx');
  const references = referencesOf(readChapter(file));

  test('each <Fig> renders the value from the data package, linked to its page, with a note', async () => {
    const html = await page('/writing/sample/');
    const figs = references.filter((r) => r.component === 'Fig');
    expect(figs.length).toBeGreaterThan(0);
    for (const ref of figs) {
      const unit = !('bare' in ref.attributes);
      const value = escapeHtml(formatFigure(getFigure(ref.value), { locale: 'en', unit }));
      expect(html).toMatch(
        new RegExp(
          `<a class="fig-value" href="/data/figures/${ref.value}/" data-figure="${ref.value}"[^>]*>${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`,
        ),
      );
    }
  });

  test('every marker points at a note that quotes the excerpt verbatim, and is described by it', async () => {
    const html = await page('/writing/sample/');
    const markers = [
      ...html.matchAll(
        /<a class="cite-link" href="#note-(\d+)(-\d+)?" id="cite-\1\2" aria-label="note (\d+)" aria-describedby="([^"]+)">\3<\/a><span class="sidenote" id="note-\1\2">/g,
      ),
    ];
    expect(markers.length).toBeGreaterThan(0);
    for (const [, n, again, label, excerpt] of markers) {
      expect(label).toBe(n);
      expect(excerpt).toBe(`note-${n}-x`);
      // The note's first marker carries its excerpt, which describes every marker of the note.
      if (!again)
        expect(html).toMatch(new RegExp(`<span class="excerpt( quoted)?( cut)?" id="${excerpt}">`));
      expect(html).toContain(`<li id="notes-${n}">`);
    }
    // Numbers follow reading order: each note's first marker comes after the previous note's.
    const firsts = markers.filter((m) => !m[2]).map((m) => Number(m[1]));
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    expect(html).toContain('<script type="module" src="/scripts/note-tips.js"></script>');
    // The list numbers its items itself: note n is its nth item.
    const items = [...html.matchAll(/<li id="notes-(\d+)">/g)].map((m) => Number(m[1]));
    expect(items).toEqual(items.map((_, i) => i + 1));
    const firstFig = references.find((r) => r.component === 'Fig')?.value as string;
    const quoted = escapeHtml(noteExcerpt(getFigure(firstFig).excerpt).head);
    // The excerpt stands beside its note's first marker and again beside each later marker of
    // the note that does not directly follow one of it (that one says "As above").
    const numbers = markers.map((m) => Number(m[1]));
    const before = html.slice(0, html.indexOf(quoted));
    const noteOfFig = Number(
      [...before.matchAll(/<span class="sidenote" id="note-(\d+)">/g)].at(-1)?.[1],
    );
    const shown = numbers.filter((n, i) => n === noteOfFig && numbers[i - 1] !== n).length;
    expect(shown).toBeGreaterThan(0);
    expect(html.split(quoted)).toHaveLength(shown + 1);
    expect(html).toContain('<section class="references"');
  });

  test('<Fig bare> prints the number and qualifier without the unit noun', async () => {
    const html = await page('/writing/sample/');
    const bare = references.filter((r) => r.component === 'Fig' && 'bare' in r.attributes);
    expect(bare.length).toBeGreaterThan(0);
    for (const ref of bare) {
      const figure = getFigure(ref.value);
      const shown = new RegExp(`data-figure="${ref.value}"[^>]*>([^<]*)</a>`).exec(html)?.[1];
      expect(shown).toBe(escapeHtml(formatFigure(figure, { locale: 'en', unit: false })));
      expect(shown).not.toContain(figure.unit);
    }
  });

  test('<Cite source excerpt> gives a note quoting the passage and linking its source', async () => {
    const html = await page('/writing/sample/');
    const cites = references.filter((r) => r.component === 'Cite' && r.key === 'source');
    expect(cites.length).toBeGreaterThan(0);
    for (const ref of cites) {
      const { head, rest } = noteExcerpt(ref.attributes.excerpt as string);
      const words =
        escapeHtml(head) + (rest && `<span class="excerpt-more">${escapeHtml(rest)}</span>`);
      const note = new RegExp(
        `<span class="sidenote" id="note-\\d+"><span class="sn-n">\\d+</span> <span class="excerpt( quoted)?( cut)?" id="note-\\d+-x">${escapeRegExp(words)}</span> <span class="note-source">— <a href="/sources/${ref.value}/">`,
      );
      expect(html).toMatch(note);
    }
  });

  test('<When> gives the date of a quote too', async () => {
    const html = await page('/writing/sample/');
    const ref = references.find(
      (r) => r.component === 'When' && quotes.some((q) => q.id === r.value),
    );
    const quote = quotes.find((q) => q.id === ref?.value);
    expect(quote?.date).toBeTruthy();
    expect(html).toContain(`<time datetime="${quote?.date}">`);
  });

  test('<PageLink> links a site page', async () => {
    const html = await page('/writing/sample/');
    expect(html).toContain('<a href="/methodology/">the methodology page</a>');
  });

  test('<Chart> renders inline SVG in a figure with table, source and its own downloads', async () => {
    const html = await page('/writing/sample/');
    const ref = references.find((r) => r.component === 'Chart');
    const name = ref?.value as string;
    const chart = charts[name as keyof typeof charts];
    const subtitle = typographic(chart.subtitle(chart.select(data)) as string);
    expect(html).toContain(`<figure class="chart" id="chart-${name}"`);
    // Figure number, the takeaway as headline (the title stays the SVG's name), what is measured,
    // then the drawing without its own <style> (site.css styles it).
    expect(html).toMatch(
      new RegExp(
        `<figcaption class="chart-head"><span class="figure-number">Figure 1</span><span class="chart-headline chart-takeaway">${escapeRegExp(escapeHtml(typographic(ref?.attributes.takeaway as string)))}</span><a class="permalink"[^>]*>#</a><span class="chart-subtitle">${escapeRegExp(escapeHtml(subtitle))}</span></figcaption>\\s*<div class="chart-svg"><svg [^>]*role="img"[^>]*><title id="chart-${name}-title">`,
      ),
    );
    // svgo writes an apostrophe in the SVG's accessible name as &apos;.
    expect(html).toContain(`>${escapeHtml(typographic(chart.title))}</title>`);
    expect(html).not.toMatch(/<div class="chart-svg"><svg[^>]*>(?:(?!<\/svg>).)*<style/s);
    expect(html).toContain('<summary>Describe this chart</summary>');
    expect(html).toContain('<summary>Show as table</summary>');
    for (const ext of ['csv', 'json', 'svg']) {
      expect(html).toContain(`href="/charts/${name}.${ext}" download`);
      expect(existsSync(join(dist, 'charts', `${name}.${ext}`))).toBe(true);
    }
    expect(readFileSync(join(dist, 'charts', `${name}.svg`), 'utf8')).toMatch(
      /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
  });

  test('<Conflict> shows each conflicting figure of the measure, not an average', async () => {
    const html = await page('/writing/sample/');
    for (const ref of references.filter((r) => r.component === 'Conflict')) {
      const conflicting = conflicts()
        .filter((c) => c.measure === ref.value)
        .flatMap((c) => c.figures);
      expect(conflicting.length).toBeGreaterThan(1);
      for (const figure of conflicting) expect(html).toContain(`data-figure="${figure.id}"`);
    }
  });
});

describe('downloads and feeds', () => {
  test('each table of this data version is downloadable byte for byte at its versioned URL', () => {
    const dataDist = join(siteRoot, 'node_modules/@ua-drones/data/dist/data');
    for (const file of ['figures.csv', 'figures.json', 'datapackage.json', 'sources.csl.json']) {
      expect(readFileSync(join(dist, 'data/v', dataVersion, file))).toEqual(
        readFileSync(join(dataDist, file)),
      );
    }
  });

  test('the Atom feed has an entry for each released version, linked to its downloads, and none for a working copy', () => {
    const feed = readFileSync(join(dist, 'releases.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    const released = releases().filter((r) => r.released);
    expect(entries).toHaveLength(released.length);
    for (const r of released) {
      expect(feed).toContain(
        `<id>https://www.npmjs.com/package/@ua-drones/data/v/${r.version}</id>\n    <link href="/data/v/${r.version}/"/>`,
      );
    }
  });

  test('the report calls its data released only when it has been', async () => {
    const current = releases().find((r) => r.version === dataVersion);
    const html = await page('/');
    const data = /<dt>Data<\/dt><dd><a [^>]*>([^<]+)<\/a>/.exec(html)?.[1];
    if (current?.released) expect(data).toMatch(/^The \w+ data release, of \d+ \w+ \d{4}$/);
    else expect(data).toMatch(/^The data as of \d+ \w+ \d{4}, before its \w+ release$/);
  });

  test('the search index exists', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind-ui.js'))).toBe(true);
  });
});

// This build has no SITE (the Open Graph images, sitemap and canonical links of a build with one
// are tested on the clean builds, in built/clean-builds.test.ts).
describe('a build without the public URL', () => {
  test('writes no localhost URL anywhere', async () => {
    const files = await readdir(dist, { recursive: true, withFileTypes: true });
    const found = files
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => readFileSync(file).includes('localhost'));
    expect(found.map((file) => file.slice(dist.length + 1))).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  test('leaves out what only an absolute URL can express: canonical, og:url, og:image, sitemap', async () => {
    for (const file of await htmlFiles()) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).not.toMatch(/rel="canonical"|property="og:(url|image)"|rel="sitemap"/);
    }
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(dist, 'og'))).toBe(false);
  });

  test('gives JSON-LD and citations no URL it cannot know: root-relative or none', async () => {
    const report = await page('/');
    expect(report).toContain('"url":"/","mainEntityOfPage":"/"');
    const cite = await page('/cite/');
    // No URL: the entry ends with its publisher. A working copy's version is left out.
    const version = edition().released ? ` (Version ${dataVersion})` : '';
    expect(cite).toContain(`Ukraine drones data set${version} [Dataset]. UA Drones.</p>`);
    expect(cite.includes('&quot;version&quot;: &quot;')).toBe(edition().released);
    expect(cite).not.toContain('&quot;URL&quot;');
  });
});

describe('budgets', () => {
  test(`the report page ships at most ${REPORT_PAGE.jsGzipBytes / 1024} KB of JavaScript (gzip)`, async () => {
    const html = await page('/');
    const inline = [
      ...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1] as string);
    const external = attributes(html, 'script', 'src').map((src) =>
      readFileSync(join(dist, src.slice(1)), 'utf8'),
    );
    const bytes = [...inline, ...external].reduce((sum, js) => sum + gzipSync(js).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(REPORT_PAGE.jsGzipBytes);
  });

  test(`the report page weighs at most ${REPORT_PAGE.totalGzipBytes / 1024} KB of HTML, CSS and JS, gzip-compressed as the host serves it`, async () => {
    const html = await page('/');
    // What the page loads on a first visit besides its fonts (budgeted below): itself, its
    // stylesheets and scripts (it draws its charts inline); compressed at level 9, as the bench's
    // server does.
    const loaded = [
      ...attributes(html, 'link', 'href').filter((href) => href.endsWith('.css')),
      ...attributes(html, 'script', 'src'),
    ];
    const files = [
      readFileSync(join(dist, 'index.html')),
      ...loaded.map((path) => readFileSync(join(dist, path.slice(1)))),
    ];
    const bytes = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    console.info(`report page: ${files.length} files, ${bytes} bytes gzip`);
    expect(loaded.some((path) => path.endsWith('.css'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(REPORT_PAGE.totalGzipBytes);
  });

  test(`the report page can load at most ${REPORT_PAGE.fontWoff2Bytes / 1024} KB of web fonts (woff2)`, async () => {
    const html = await page('/');
    const css = attributes(html, 'link', 'href')
      .filter((href) => href.endsWith('.css'))
      .map((href) => readFileSync(join(dist, href.slice(1)), 'utf8'))
      .join('\n');
    // A browser fetches a face's file only for characters in its unicode-range that the page shows.
    const shown = new Set(
      [...html.replace(/<[^>]+>/g, ' ')].map((char) => char.codePointAt(0) as number),
    );
    const inRange = (range: string) =>
      range.split(',').some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
        const [lo, hi] = [Number.parseInt(from as string, 16), Number.parseInt(to, 16)];
        for (const code of shown) if (code >= lo && code <= hi) return true;
        return false;
      });
    const files = new Set<string>();
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(face)?.[1];
      const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
      if (url && (!range || inRange(range))) files.add(url);
    }
    expect(files.size).toBeGreaterThan(0);
    const bytes = [...files].reduce(
      (sum, url) => sum + readFileSync(join(dist, url.replace(/^\//, ''))).length,
      0,
    );
    console.info(`report page: ${files.size} font files, ${bytes} bytes woff2`);
    expect(bytes).toBeLessThanOrEqual(REPORT_PAGE.fontWoff2Bytes);
    // Only the text face is preloaded, and it is one of those files.
    const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map(
      (m) => m[1],
    );
    expect(preloaded).toHaveLength(1);
    expect(files).toContain(preloaded[0]);
  });
});
