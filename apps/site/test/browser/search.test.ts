import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { events, figures, formatFigure, partnerships, quotes } from '@ua-drones/data';
import { expect, test } from 'vitest';
import { expectNone, writeFindings } from '../built/lib/findings.ts';
import { attr, elements, parseHtml } from '../built/lib/html.ts';
import { distDir } from '../built/lib/site-dist.ts';
import { runAxe, violationLines } from './lib/axe.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// Search only runs when used, so the page checks never see it work. When the build has a Pagefind
// index, a query from the data (a word of the first figure's label) must show results, with no
// console error (a CSP that blocks Pagefind's WebAssembly shows here), no failed or foreign request,
// and no axe violation in the results.
const hasIndex = existsSync(join(distDir, 'pagefind'));
const home = parseHtml(await readFile(join(distDir, 'index.html'), 'utf8'));
const form = [...elements(home)].find(
  (el) => el.tagName === 'form' && attr(el, 'role') === 'search',
);
const field = form && [...elements(form)].find((el) => el.tagName === 'input' && attr(el, 'name'));
const word =
  [...(figures[0]?.label ?? '').split(/\W+/)].sort((a, b) => b.length - a.length)[0] ?? '';
const session = siteSession();

/** The built file a URL path is served from, if there is one. */
function builtFileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = join(distDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  return existsSync(file) ? file : undefined;
}

/** How many links the built page at `path` has in <main>, outside <noscript>. */
async function staticMainLinks(path: string): Promise<number> {
  const file = builtFileFor(path);
  if (!file) throw new Error(`the search form's action ${path} is not a page of the build`);
  const main = [...elements(parseHtml(await readFile(file, 'utf8')))].find(
    (el) => el.tagName === 'main',
  );
  if (!main) return 0;
  const inNoscript = new Set(
    [...elements(main)]
      .filter((el) => el.tagName === 'noscript')
      .flatMap((el) => [...elements(el)]),
  );
  return [...elements(main)].filter(
    (el) => el.tagName === 'a' && attr(el, 'href') !== undefined && !inNoscript.has(el),
  ).length;
}

test('the search form of the home page finds records from the data', {
  timeout: 120_000,
}, async ({ skip }) => {
  skip(
    !hasIndex,
    `this build has no Pagefind index (${join(distDir, 'pagefind')}): nothing to search`,
  );
  expect(
    form,
    'a Pagefind index is built, but the home page has no <form role="search">',
  ).toBeDefined();
  expect(field, 'the search form has no named <input>').toBeDefined();
  expect(word.length, 'no word to search for in the first figure label').toBeGreaterThan(2);
  const action = new URL(attr(form as never, 'action') ?? '', `http://x${base}`).pathname;
  const path = `${action}?${attr(field as never, 'name')}=${encodeURIComponent(word)}`;
  const { page, context, trouble } = await openPage(session, path);
  try {
    // Result links are those beyond the links the page's own HTML puts in <main> (noscript aside).
    const staticLinks = await staticMainLinks(action);
    await page
      .waitForFunction((n) => document.querySelectorAll('main a[href]').length > n, staticLinks, {
        timeout: 20_000,
      })
      .catch(() => undefined);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.pathname),
    );
    const shown = hrefs.length - staticLinks;
    const unresolved = hrefs.filter((href) => !builtFileFor(href));
    const axe = violationLines(await runAxe(page));
    const problems = [
      ...(shown > 0 ? [] : [`no results for "${word}" after 20 s`]),
      ...unresolved.map((href) => `result link to a page that is not in the build: ${href}`),
      ...axe.map((l) => `axe: ${l}`),
      ...trouble.consoleErrors.map((l) => `console error: ${l}`),
      ...trouble.failedRequests.map((l) => `failed request: ${l}`),
      ...trouble.foreignRequests.map((l) => `request to another origin: ${l}`),
    ];
    await writeFindings('search', { path, shown, problems });
    console.info(`search: ${path} shows ${shown} result links, ${problems.length} problems`);
    expectNone(`search for "${word}"`, problems);
  } finally {
    await context.close();
  }
});

/** The first words of each record's own sentence (an event's summary, a partnership's scope). */
const sentenceStarts = [...events.map((e) => e.summary), ...partnerships.map((p) => p.covers)].map(
  (text) => text.split(/\s+/).slice(0, 4).join(' '),
);

// A record's fields are indexed one after another: its meta line ("… · Russia, Venezuela") and
// its summary ("A rotational Russian …") must read as two sentences in an excerpt, not one.
test('search excerpts end one field before the next begins', {
  timeout: 120_000,
}, async ({ skip }) => {
  skip(!hasIndex, `this build has no Pagefind index (${join(distDir, 'pagefind')})`);
  const { page, context } = await openPage(session, `${base}search/`);
  try {
    const excerpts = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      const found = [];
      for (const query of ['Venezuela', 'drone training', 'Sudanese troops']) {
        const search = await pagefind.search(query);
        const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        for (const r of results) found.push(r.excerpt, ...r.sub_results.map((s) => s.excerpt));
      }
      return found;
    })()`)) as string[];
    const plain = excerpts.map((e) => e.replace(/<\/?mark>/g, ''));
    expect(plain.length).toBeGreaterThan(10);
    const runTogether = plain.flatMap((text) =>
      sentenceStarts
        .map((start) => text.indexOf(start))
        .filter((at) => at > 0 && !/[.!?:;·)”’"]\s*$/.test(text.slice(0, at)))
        .map((at) => `"…${text.slice(Math.max(0, at - 40), at + 30)}…"`),
    );
    expect(runTogether, 'a record’s summary runs on from the field before it').toEqual([]);
    // A record's "Source" link is not part of its excerpt ("…Russian-backed forces.Source.").
    for (const text of plain) expect(text).not.toMatch(/\.Source\b/);
  } finally {
    await context.close();
  }
});

// The header's search field is left off the search page, whose own field is the one to use.
test('the search page has one search field, its own', async () => {
  const html = await readFile(join(distDir, 'search', 'index.html'), 'utf8');
  const fields = [...elements(parseHtml(html))].filter(
    (el) => el.tagName === 'input' && attr(el, 'type') === 'search',
  );
  expect(fields.map((el) => attr(el, 'id'))).toEqual(['search-q']);
});

/** The first words of what a page sets alone but that opens in lower case (a verbatim excerpt). */
const lowerStart = (text: string) =>
  /^\p{Ll}/u.test(text) ? text.split(/\s+/).slice(0, 3).join(' ') : undefined;
const recordExcerpts = [...events, ...partnerships, ...quotes]
  .map((r) => lowerStart(r.excerpt))
  .filter((start) => start !== undefined);
const figureValues = figures
  .map((f) => lowerStart(formatFigure(f, { locale: 'en' })))
  .filter((start) => start !== undefined);

// Each result names what it is (Base.astro's data-pagefind-meta), and what a page sets alone in
// lower case (a record's verbatim excerpt, a figure's value under its label) never reads in an
// excerpt as a sentence of ours begun in lower case ("… Caracas. more than 120 troops.").
test('search results say what they are, and no excerpt opens a sentence in lower case', {
  timeout: 120_000,
}, async ({ skip }) => {
  skip(!hasIndex, `this build has no Pagefind index (${join(distDir, 'pagefind')})`);
  const { page, context } = await openPage(session, `${base}search/`);
  try {
    const results = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      const found = [];
      for (const query of ['Caracas', 'troops', 'drone training', 'Denmark', 'million']) {
        const search = await pagefind.search(query);
        for (const r of await Promise.all(search.results.map((r) => r.data()))) {
          const excerpts = [r.excerpt, ...r.sub_results.map((s) => s.excerpt)];
          found.push({ url: r.url, type: r.meta.type, excerpts });
        }
      }
      return found;
    })()`)) as Array<{ url: string; type: string | undefined; excerpts: string[] }>;
    expect(results.length).toBeGreaterThan(20);
    const untyped = results.filter((r) => !r.type).map((r) => r.url);
    expect(untyped, 'results with no type').toEqual([]);
    const types = results.map((r) => r.type);
    for (const type of ['Report', 'Source', 'Figure']) expect(types).toContain(type);
    const lowerAfterStop = results.flatMap((r) => {
      // A figure's value opens a sentence on its own page; in a table it is a cell (FigureTable).
      const starts = r.type === 'Figure' ? [...recordExcerpts, ...figureValues] : recordExcerpts;
      return r.excerpts
        .map((e) => e.replace(/<\/?mark>/g, ''))
        .flatMap((text) =>
          starts
            .filter((start) => text.includes(`. ${start}`))
            .map((start) => `${r.url}: ". ${start}"`),
        );
    });
    expect(lowerAfterStop).toEqual([]);
  } finally {
    await context.close();
  }
});

// The search page heads each result with what it is, as the site's kickers read ("Source"), not
// with Pagefind's own "Type: Source" tag (public/scripts/search.js, site.css).
test('each search result is headed by its type alone', {
  timeout: 120_000,
}, async ({ skip }) => {
  skip(!hasIndex, `this build has no Pagefind index (${join(distDir, 'pagefind')})`);
  const { page, context } = await openPage(session, `${base}search/?q=Denmark`);
  try {
    await page.waitForSelector('.pagefind-ui__result', { timeout: 20_000 });
    const heads = await page.$$eval('.pagefind-ui__result', (results) =>
      results.map((result) => {
        const tags = [...result.querySelectorAll('.pagefind-ui__result-tag')];
        return tags.map((tag) => ({
          shown: getComputedStyle(tag, '::before').content,
          height: tag.getBoundingClientRect().height,
          above:
            tag.getBoundingClientRect().bottom <=
            (result.querySelector('.pagefind-ui__result-title')?.getBoundingClientRect().top ?? 0),
        }));
      }),
    );
    expect(heads.length).toBeGreaterThan(3);
    for (const tags of heads) {
      expect(tags, 'a result has one tag, its type').toHaveLength(1);
      const [tag] = tags as [(typeof tags)[number]];
      // Chromium reports `attr(…) / ""` as the resolved string and its alternative text.
      expect(tag.shown).toMatch(/^"[A-Z][a-z]+( [a-z]+)?"/);
      expect(tag.shown).not.toMatch(/type/i);
      expect(tag.height, 'the kicker is not drawn').toBeGreaterThan(8);
      expect(tag.above, 'the kicker is not above the title').toBe(true);
    }
  } finally {
    await context.close();
  }
});
