import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { describe, expect, inject, test } from 'vitest';
import { type CodeBlock, codeBlocks, linkTargets, withResultAssertions } from '../src/readme.ts';
import { run, transcript } from '../src/run.ts';
import { type PublishedPackage, publishedPackages, readManifest } from '../src/workspace.ts';

const { projectDir } = inject('consumer');
const installed = (name: PublishedPackage) =>
  join(projectDir, 'node_modules', publishedPackages[name].name);

// The switch for the browser checks, as in the site's and the charts' tests: BROWSER_CHECKS=1
// runs the browser blocks in Chromium (a missing Chromium then fails them); otherwise they are
// bundled with Vite but not loaded, and the load is reported as skipped.
const browserChecks = process.env.BROWSER_CHECKS ?? '';
if (!['', '0', '1'].includes(browserChecks)) {
  throw new Error(
    `BROWSER_CHECKS is "${browserChecks}": set it to 1 (run the browser checks) or 0`,
  );
}
const CHROMIUM = '/usr/bin/chromium';

const pandas = (await run('python3', ['-c', 'import pandas'], { cwd: projectDir })).code === 0;
const rscript =
  (await run('Rscript', ['--version'], { cwd: projectDir }).catch(() => null))?.code === 0;

/** A folder of its own for one block, inside the project so its imports resolve there. */
async function blockDir(name: PublishedPackage, block: CodeBlock): Promise<string> {
  const dir = join(projectDir, 'readme', `${name}-${block.line}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Runs a Node module and expects it to exit cleanly with nothing on stderr (no warning). */
async function runNode(dir: string, file: string, source: string) {
  await writeFile(join(dir, file), source);
  const result = await run(process.execPath, [file], { cwd: dir });
  expect(result.code, transcript(result)).toBe(0);
  expect(result.stderr, transcript(result)).toBe('');
}

// Observable's notebooks and Framework import npm packages as `npm:name` and give every cell
// Plot and a document; here Plot is the copy the charts package installed, the document jsdom's.
// A warning Plot logs (such as "strings that appear to be numbers") fails the block.
const OBSERVABLE_PRELUDE = `import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
const { window } = new JSDOM('');
Object.assign(globalThis, { Plot, window, document: window.document });
`;

/** Bundles a browser block with Vite into a page whose elements are the ones it queries. */
async function bundleForBrowser(dir: string, code: string) {
  const ids = [...code.matchAll(/querySelector\('#([\w-]+)'\)/g)].map((match) => match[1]);
  await writeFile(join(dir, 'main.js'), code);
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><body>${ids.map((id) => `<div id="${id}"></div>`).join('')}<script type="module" src="./main.js"></script></body></html>\n`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return { outDir: join(dir, 'dist'), ids };
}

async function loadInChromium(outDir: string, ids: (string | undefined)[]) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()))
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.route('http://readme.test/**', (route) =>
      route.fulfill({ path: join(outDir, new URL(route.request().url()).pathname) }),
    );
    await page.goto('http://readme.test/index.html', { waitUntil: 'load' });
    for (const id of ids) {
      await page.waitForSelector(`#${id} svg[role="img"]`, { timeout: 10_000 }).catch(() => {
        problems.push(`#${id} holds no chart`);
      });
    }
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
  }
}

const runners: Record<
  CodeBlock['environment'],
  (name: PublishedPackage, block: CodeBlock) => Promise<void>
> = {
  async node(name, block) {
    await runNode(await blockDir(name, block), 'block.mjs', withResultAssertions(block.code));
  },
  async observable(name, block) {
    const code = block.code.replaceAll("from 'npm:", "from '");
    await runNode(await blockDir(name, block), 'cell.mjs', `${OBSERVABLE_PRELUDE}${code}`);
  },
  async browser(name, block) {
    const { outDir, ids } = await bundleForBrowser(await blockDir(name, block), block.code);
    expect(ids.length, 'the block draws into no element it queries by id').toBeGreaterThan(0);
    if (browserChecks !== '1') return;
    expect(existsSync(CHROMIUM), `the browser checks need Chromium at ${CHROMIUM}`).toBe(true);
    await loadInChromium(outDir, ids);
  },
  // Install commands are not run (the project is installed once, from the tarballs): each
  // package they name must be one the project installed, so the command names real packages.
  async sh(_name, block) {
    const commands = block.code
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    for (const command of commands) {
      const [npm, install, ...names] = command.split(/\s+/);
      expect(`${npm} ${install}`, command).toBe('npm install');
      for (const package_ of names)
        expect(
          existsSync(join(projectDir, 'node_modules', package_, 'package.json')),
          command,
        ).toBe(true);
    }
  },
  async python(name, block) {
    const dir = await blockDir(name, block);
    await writeFile(join(dir, 'block.py'), block.code);
    const compiled = await run('python3', ['-m', 'py_compile', 'block.py'], { cwd: dir });
    expect(compiled.code, transcript(compiled)).toBe(0);
    if (!pandas) return;
    for (const table of block.code.matchAll(/"([\w-]+\.csv)"/g))
      await copyFile(
        join(installed('data'), 'dist/data', table[1] ?? ''),
        join(dir, table[1] ?? ''),
      );
    const result = await run('python3', ['block.py'], { cwd: dir });
    expect(result.code, transcript(result)).toBe(0);
  },
  async r(name, block) {
    const dir = await blockDir(name, block);
    for (const table of block.code.matchAll(/"([\w-]+\.csv)"/g))
      await copyFile(
        join(installed('data'), 'dist/data', table[1] ?? ''),
        join(dir, table[1] ?? ''),
      );
    await writeFile(join(dir, 'block.R'), block.code);
    const result = await run('Rscript', ['block.R'], { cwd: dir });
    expect(result.code, transcript(result)).toBe(0);
  },
  async text() {},
};

/** What a block's test name says when this machine checks less than running it. */
function checkedOnly(block: CodeBlock): string {
  if (block.environment === 'python' && !pandas)
    return ' (syntax only, with py_compile: pandas is not installed here)';
  if (block.environment === 'browser' && browserChecks !== '1')
    return ' (bundled with Vite, not loaded: BROWSER_CHECKS is not 1)';
  return '';
}

/** Why a block is not run on this machine, or null when it is. */
function notRunHere(block: CodeBlock): string | null {
  if (block.environment === 'r' && !rscript) return 'R (Rscript) is not installed here';
  return null;
}

describe.each(['data', 'charts'] as const)(
  'the README of @ua-drones/%s as npm ships it',
  (name) => {
    const readme = join(publishedPackages[name].dir, 'README.md');
    const blocks = codeBlocks(readme).filter((block) => block.environment !== 'text');

    test.concurrent.for(
      blocks.map(
        (block) =>
          [`line ${block.line}: ${block.environment}${checkedOnly(block)}`, block] as const,
      ),
    )('the block at %s runs as written', async ([, block], { skip }) => {
      const reason = notRunHere(block);
      skip(reason !== null, reason ?? '');
      await runners[block.environment](name, block);
    });

    test('is the README the tarball ships', async () => {
      expect(await readFile(join(installed(name), 'README.md'), 'utf8')).toBe(
        await readFile(readme, 'utf8'),
      );
    });

    // npm shows the README on its own site, where a relative link resolves against nothing: every
    // link is absolute, or an address of a file the package ships, on the jsDelivr CDN.
    test('every link and image works on npm: absolute, or a file the tarball holds', () => {
      const manifest = readManifest(publishedPackages[name].dir);
      const cdn = `https://cdn.jsdelivr.net/npm/${manifest.name}/`;
      const broken = linkTargets(readme).flatMap(({ target, line, image }) => {
        if (target.startsWith(cdn)) {
          const file = posix.normalize(target.slice(cdn.length));
          return existsSync(join(installed(name), file))
            ? []
            : [`line ${line}: ${target} is not in the tarball`];
        }
        if (/^https:\/\//.test(target) && !image) return [];
        if (/^#/.test(target)) return [];
        return [
          `line ${line}: ${target} does not resolve on npm (use ${cdn}<file> or an https URL)`,
        ];
      });
      expect(broken).toEqual([]);
    });
  },
);
