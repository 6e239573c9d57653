import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dataVersion, figures } from '@ua-drones/data';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { edition } from '../../src/lib/masthead.ts';
import { assertBuildIsAstroOnly, type CleanBuild, cleanBuild } from './lib/clean-build.ts';
import { compareBuilds } from './lib/compare-builds.ts';
import { expectNone, writeFindings } from './lib/findings.ts';
import { attr, elements, parseHtml } from './lib/html.ts';
import { checkLinks } from './lib/link-check.ts';
import { listPages, siteRoot } from './lib/site-dist.ts';

// Two clean builds under a sub-path, as on GitHub Pages: they are compared with each other
// (determinism), and one of them is checked under its base (every link and URL must honour BASE).
const BASE = '/ua-drones/';
const SITE = 'https://verify.example';
const buildsDir = join(siteRoot, 'node_modules/.cache/verify-builds');

let work: string;
let builds: CleanBuild[];

beforeAll(async () => {
  // Inside the site folder (see cleanBuild), in node_modules/.cache where nothing else looks.
  await mkdir(buildsDir, { recursive: true });
  work = await mkdtemp(join(buildsDir, 'run-'));
  // Wait for both before failing, so that cleanup never races a build still writing.
  const settled = await Promise.allSettled(
    ['a', 'b'].map(async (name) => {
      await mkdir(join(work, name));
      return cleanBuild({
        outDir: join(work, name, 'dist'),
        cacheDir: join(work, name, 'cache'),
        base: BASE,
        site: SITE,
      });
    }),
  );
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  builds = settled.map((r) => (r as PromiseFulfilledResult<CleanBuild>).value);
  console.info(`clean builds: ${builds.map((b) => `${b.seconds.toFixed(1)} s`).join(', ')}`);
}, 900_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('determinism', () => {
  test('the site is built by `astro build` alone, so the clean builds reproduce it', async () => {
    await assertBuildIsAstroOnly();
  });

  test('two clean builds are byte-identical', { timeout: 120_000 }, async () => {
    const [a, b] = builds as [CleanBuild, CleanBuild];
    const { files, differences } = await compareBuilds(a.outDir, b.outDir);
    await writeFindings('determinism', { files, differences });
    console.info(`determinism: ${files} files compared, ${differences.length} differ`);
    expectNone(
      'files that differ between two clean builds',
      differences.map((d) => `${d.file}: ${d.problem}`),
    );
    expect(files).toBeGreaterThan(0);
  });
});

describe(`under a non-root BASE (${BASE})`, () => {
  test('every internal link, resource and fragment resolves inside the base', {
    timeout: 120_000,
  }, async () => {
    const [a] = builds as [CleanBuild];
    const report = await checkLinks({ dir: a.outDir, origin: SITE, base: BASE });
    await writeFindings('links-under-base', report);
    console.info(
      `links under ${BASE}: ${report.pages} pages, ${report.checked} internal URLs (${report.fragments} with a fragment), ${report.broken.length} broken`,
    );
    expectNone(
      `broken internal links under ${BASE}`,
      report.broken.map((b) => `${b.page}: ${b.where} -> ${b.url}: ${b.problem}`),
    );
    expect(report.checked, 'no internal URL was found to check').toBeGreaterThan(0);
  });

  // What the link check does not see: a canonical URL that is missing or points elsewhere, and
  // the search page's index, which Pagefind loads from a data attribute.
  test('every indexed page names its canonical URL under SITE and BASE; search finds its index there', {
    timeout: 60_000,
  }, async () => {
    const [a] = builds as [CleanBuild];
    const problems: string[] = [];
    const pages = await listPages(a.outDir, BASE);
    for (const page of pages) {
      const found = [...elements(parseHtml(await readFile(page.file, 'utf8')))];
      const noindex = found.some(
        (el) =>
          el.tagName === 'meta' &&
          attr(el, 'name') === 'robots' &&
          /noindex/.test(attr(el, 'content') ?? ''),
      );
      const canonical = found.find(
        (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical',
      );
      const href = canonical && attr(canonical, 'href');
      if (!noindex && !href?.startsWith(`${SITE}${BASE}`))
        problems.push(`${page.path}: canonical ${href}`);
    }
    expectNone(`pages whose canonical URL is not under ${SITE}${BASE}`, problems);
    expect(pages.length).toBeGreaterThan(0);
    const search = await readFile(join(a.outDir, 'search/index.html'), 'utf8');
    expect(search).toContain(`data-bundle="${BASE}pagefind/"`);
  });
});

// What only the public URL makes possible; a build without SITE leaves all of it out (build.test.ts).
describe(`with the public URL (${SITE})`, () => {
  test('every page has its Open Graph image; figure pages share one card; the sitemap lists the pages', {
    timeout: 60_000,
  }, async () => {
    const [a] = builds as [CleanBuild];
    const ogImage = (html: string) =>
      new RegExp(`<meta property="og:image" content="${SITE}${BASE}([^"]+)"`).exec(html)?.[1];
    const problems: string[] = [];
    const pages = await listPages(a.outDir, BASE);
    for (const page of pages) {
      const image = ogImage(await readFile(page.file, 'utf8'));
      if (!image) problems.push(`${page.path}: no og:image under ${SITE}${BASE}`);
      else if (!existsSync(join(a.outDir, image))) problems.push(`${page.path}: ${image} missing`);
    }
    expectNone('pages without their Open Graph image', problems);
    const figure = figures[0] as (typeof figures)[number];
    const page = (path: string) => readFile(join(a.outDir, path, 'index.html'), 'utf8');
    expect(ogImage(await page(`data/figures/${figure.id}`))).toBe('og/shared/figure.png');
    expect(ogImage(await page('methodology'))).toBe('og/methodology.png');
    expect(existsSync(join(a.outDir, 'og/data/figures', `${figure.id}.png`))).toBe(false);
    expect(await readFile(join(a.outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${SITE}${BASE}methodology/</loc>`,
    );
  });

  test("the data set's citation is pinned to its version's page, which later releases keep", async () => {
    const [a] = builds as [CleanBuild];
    const cite = await readFile(join(a.outDir, 'cite/index.html'), 'utf8');
    const pinned = `${SITE}${BASE}data/v/${dataVersion}/`;
    // Dated by its edition, never "(n.d.)"; a working copy's placeholder version is left out.
    const { date, released } = edition();
    const version = released ? ` (Version ${dataVersion})` : '';
    expect(cite).toContain(
      `(${date.slice(0, 4)}). Ukraine drones data set${version} [Dataset]. UA Drones. ${pinned}</p>`,
    );
    expect(cite).toMatch(/^\s*month = [a-z]{3},$/m);
    expect(existsSync(join(a.outDir, `data/v/${dataVersion}/index.html`))).toBe(true);
  });
});
