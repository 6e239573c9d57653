/**
 * Builds that the ordinary build does not cover: the site under a sub-path, and chapters with a
 * bad figure id, source id or quoted passage. Each runs `astro build` into a temporary folder, never into dist/.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { dataVersion, figures } from '@ua-drones/data';
import { afterAll, describe, expect, test } from 'vitest';
import { attributes, htmlFiles, siteRoot } from './helpers.ts';

const run = promisify(execFile);
const astro = join(siteRoot, 'node_modules/.bin/astro');
const temp: string[] = [];

/** The environment of a plain build: without what Vitest sets (NODE_ENV, BASE_URL, MODE, …). */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^(VITEST|VITE_)/.test(key) ||
      ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key)
    ) {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ua-site-${name}-`));
  temp.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('under a sub-path', () => {
  test('every internal link, asset and canonical URL honours BASE and SITE', async () => {
    const out = await tempDir('base');
    await run(astro, ['build', '--outDir', out], {
      cwd: siteRoot,
      env: buildEnv({ BASE: '/ua-drones/', SITE: 'https://example.org' }),
      maxBuffer: 64 * 1024 * 1024,
    });
    const files = await htmlFiles(out);
    expect(files).toContain('index.html');
    const problems: string[] = [];
    for (const file of files) {
      const html = await readFile(join(out, file), 'utf8');
      const urls = [
        ...attributes(html, 'a|link', 'href'),
        ...attributes(html, 'script|img', 'src'),
        ...attributes(html, 'form', 'action'),
      ];
      for (const url of urls) {
        if (
          url.startsWith('#') ||
          (/^(https?:)?\/\//.test(url) && !url.startsWith('https://example.org/'))
        )
          continue;
        const path = url.startsWith('https://example.org')
          ? url.slice('https://example.org'.length)
          : url;
        if (!path.startsWith('/ua-drones/')) problems.push(`${file}: ${url}`);
      }
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const indexed = !html.includes('<meta name="robots" content="noindex">');
      if (indexed && !canonical?.startsWith('https://example.org/ua-drones/')) {
        problems.push(`${file}: canonical ${canonical}`);
      }
    }
    expect(problems).toEqual([]);
    // <PageLink> in the component sample: a chapter's link to another page keeps the sub-path.
    const sample = await readFile(join(out, 'writing/sample/index.html'), 'utf8');
    expect(sample).toContain('<a href="/ua-drones/methodology/">the methodology page</a>');
    const search = await readFile(join(out, 'search/index.html'), 'utf8');
    expect(search).toContain('data-bundle="/ua-drones/pagefind/"');

    // What only the public URL makes possible: Open Graph images, the sitemap, citation URLs.
    const ogImage = (html: string) =>
      /<meta property="og:image" content="https:\/\/example\.org\/ua-drones\/([^"]+)"/.exec(
        html,
      )?.[1];
    for (const file of files) {
      const image = ogImage(await readFile(join(out, file), 'utf8'));
      expect(image, file).toBeDefined();
      const png = await readFile(join(out, image as string));
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
    }
    // Figure pages share one card, drawn once; the other pages have their own.
    const figure = figures[0] as (typeof figures)[number];
    const figurePage = await readFile(join(out, `data/figures/${figure.id}/index.html`), 'utf8');
    expect(ogImage(figurePage)).toBe('og/shared/figure.png');
    expect(ogImage(await readFile(join(out, 'methodology/index.html'), 'utf8'))).toBe(
      'og/methodology.png',
    );
    expect(existsSync(join(out, 'og/data/figures', `${figure.id}.png`))).toBe(false);
    expect(await readFile(join(out, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://example.org/ua-drones/methodology/</loc>',
    );
    // The data set's citation is pinned to this version's page, which later releases keep.
    const cite = await readFile(join(out, 'cite/index.html'), 'utf8');
    const pinned = `https://example.org/ua-drones/data/v/${dataVersion}/`;
    expect(cite).toContain(`(Version ${dataVersion}) [Dataset]. Retrieved ${pinned}</p>`);
    expect(existsSync(join(out, `data/v/${dataVersion}/index.html`))).toBe(true);
  }, 300_000);
});

describe('a chapter with a bad reference', () => {
  test.each([
    [
      'an unknown figure',
      'Ukraine built <Fig id="ua-drone-production-2042" /> drones.',
      '01-bad.mdx:9:15 <Fig id="ua-drone-production-2042">: no figure has id "ua-drone-production-2042"',
    ],
    [
      'an unknown source',
      'Drones flew.<Cite source="no-such-article" excerpt="Drones flew." />',
      '01-bad.mdx:9:13 <Cite source="no-such-article">: no source has id "no-such-article"',
    ],
    [
      'a passage that is not in its source',
      'Instructors came.<Cite source="denmark-training-drone-superpower" excerpt="Ukrainian military personnel arrived in Sweden this week" />',
      '01-bad.mdx:9:18 <Cite source="denmark-training-drone-superpower">: the excerpt is not verbatim in the source: it matches up to "…military personnel arrived in ", then has "Sweden this week" where the source has "Denmark this week to share the"',
    ],
  ])(
    'citing %s fails the build, naming the chapter file, line and what is wrong',
    async (_, line, message) => {
      const root = await tempDir('bad-ref');
      for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public']) {
        await cp(join(siteRoot, entry), join(root, entry), { recursive: true });
      }
      await cp(join(siteRoot, 'src'), join(root, 'src'), {
        recursive: true,
        filter: (source) =>
          !source.includes('/content/report/') || source.endsWith('00-sample.mdx'),
      });
      await symlink(join(siteRoot, 'node_modules'), join(root, 'node_modules'));
      await mkdir(join(root, 'src/content/report'), { recursive: true });
      await writeFile(
        join(root, 'src/content/report/01-bad.mdx'),
        `---\ntitle: Bad\ndescription: A chapter with a bad reference.\norder: 1\n---\n\n### A section\n\n${line}\n`,
      );
      const failure = await run(astro, ['build'], {
        cwd: root,
        env: buildEnv(),
        maxBuffer: 64 * 1024 * 1024,
      }).then(
        () => undefined,
        (error: { stdout: string; stderr: string }) =>
          stripVTControlCharacters(`${error.stdout}\n${error.stderr}`),
      );
      expect(failure, 'the build succeeded').toBeDefined();
      expect(failure).toContain(`src/content/report/${message}`);
    },
    300_000,
  );
});
