/**
 * pnpm bench: measures the reader's page, the client-side baseline, the charts, the data
 * package, the builds and their growth, then writes BENCHMARKS.md at the repository root.
 * Everything is built in a temporary clean copy of the working tree; the repository is only
 * read, and BENCHMARKS.md written.
 *
 *   node src/main.ts [--runs N] [--lighthouse-runs N] [--skip section,...] [--keep]
 *                    [--budget SECONDS]
 *   node src/main.ts --only bundle   one section on the working tree, printed, nothing written
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { runAlone } from './alone.ts';
import { launchChromium } from './lib/chromium.ts';
import { currentLoad, describeMachine } from './lib/machine.ts';
import { runOrThrow } from './lib/run.ts';
import { serveStatic } from './lib/serve.ts';
import { type Outcome, type Results, SECTIONS, type Section } from './report/results.ts';
import { writeReport } from './report/write.ts';
import { measureBuilds } from './sections/builds.ts';
import { measureChartBundle } from './sections/chart-bundle.ts';
import { measureDataPackage } from './sections/data-package.ts';
import { measureGrowth } from './sections/growth.ts';
import { runLighthouse } from './sections/lighthouse.ts';
import { preparePages } from './sections/pages.ts';
import { measureBytes, measureTimings } from './sections/reader.ts';
import { copyWorkingTree } from './workspace/copy.ts';

const repo = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  // pnpm passes a literal '--' through to the script.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: '5' },
    // A Lighthouse run takes about 17 s, so fewer of them than of the browser timings.
    'lighthouse-runs': { type: 'string', default: '3' },
    skip: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
    budget: { type: 'string', default: '570' },
    only: { type: 'string' },
  },
});
if (args.only !== undefined) {
  console.log(await runAlone(args.only, repo));
  process.exit();
}
const runs = Number(args.runs);
const lighthouseRuns = Number(args['lighthouse-runs']);
const skipped = new Set(args.skip.split(',').filter(Boolean));
for (const name of skipped)
  if (!SECTIONS.includes(name as Section))
    throw new Error(`--skip: unknown section "${name}" (known: ${SECTIONS.join(', ')})`);

const started = Date.now();
const deadline = started + Number(args.budget) * 1000;
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const results: Results = {
  startedAt: new Date(started),
  totalMs: 0,
  machine: describeMachine(),
  loads: [],
  runs,
  lighthouseRuns,
  budgetMs: deadline - started,
  sections: {},
};

async function section<T>(name: Section, measure: () => Promise<T>): Promise<T | undefined> {
  if (skipped.has(name)) {
    results.sections[name] = { status: 'skipped', reason: '--skip' } as Outcome<never>;
    return undefined;
  }
  log(`${name}…`);
  const t0 = performance.now();
  try {
    const value = await measure();
    (results.sections as Record<string, Outcome<unknown>>)[name] = {
      status: 'ok',
      value,
      ms: performance.now() - t0,
    };
    log(`${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    (results.sections as Record<string, Outcome<unknown>>)[name] = {
      status: 'failed',
      error: message,
      ms: performance.now() - t0,
    };
    log(`${name}: FAILED: ${message.split('\n')[0]}`);
    return undefined;
  } finally {
    results.loads.push({ section: name, load: currentLoad() });
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'ua-bench-out-'));
let browser: Browser | undefined;
let workspaceRoot: string | undefined;
try {
  const workspace = await section('install', () => copyWorkingTree(repo));
  workspaceRoot = workspace?.root;
  if (workspace) {
    const ws = workspace.root;
    const builds = await section('builds', () => measureBuilds(ws));
    if (builds) {
      const pages = await section('pages', () =>
        preparePages({
          siteDist: join(ws, 'apps/site/dist'),
          dataDist: join(ws, 'packages/data/dist/data'),
          resolveDir: join(ws, 'bench'),
          out: join(tmp, 'site'),
        }),
      );
      if (pages) {
        const server = await serveStatic(pages.root);
        try {
          browser = await launchChromium();
          const b = browser;
          const compared = [
            { key: 'ssr', path: pages.ssr },
            { key: 'baseline', path: pages.baseline },
          ];
          const measured =
            pages.ssr === pages.report
              ? compared
              : [{ key: 'report', path: pages.report }, ...compared];
          await section('bytes', async () => {
            const out: Record<string, Awaited<ReturnType<typeof measureBytes>>> = {};
            for (const page of measured)
              out[page.key] = await measureBytes(b, server.origin, page.path);
            return out;
          });
          await section('timing', async () => {
            const timings = await measureTimings(
              b,
              server.origin,
              compared.map((page) => ({ path: page.path, expectedCharts: pages.charts.length })),
              runs,
            );
            return Object.fromEntries(compared.map((page, index) => [page.key, timings[index]]));
          });
          await browser.close();
          browser = undefined;
          await section('lighthouse', async () => {
            const out: Record<string, Awaited<ReturnType<typeof runLighthouse>>> = {};
            for (const page of measured)
              out[page.key] = await runLighthouse(server.origin + page.path, lighthouseRuns);
            return out;
          });
        } finally {
          await server.close();
        }
      }
      await section('charts', async () => {
        const probe = join(import.meta.dirname, 'probes/render-charts.ts');
        const run = await runOrThrow(process.execPath, [probe, ws, String(runs)], { cwd: ws });
        return JSON.parse(run.output);
      });
      await section('data', () =>
        measureDataPackage({
          packageDir: join(ws, 'packages/data'),
          consumerDir: join(ws, 'bench'),
          importProbe: join(import.meta.dirname, 'probes/import-time.ts'),
          tmp: mkdtempSync(join(tmp, 'pack-')),
          runs,
        }),
      );
      await section('bundle', () =>
        measureChartBundle({
          benchDir: join(ws, 'bench'),
          chartsDir: join(ws, 'packages/charts'),
          tmp: mkdtempSync(join(tmp, 'bundle-')),
        }),
      );
    }
    await section('growth', () =>
      measureGrowth({
        workspace: ws,
        sizes: [100, 1000, 10000],
        deadline: deadline - 15_000,
        onStep: (step) =>
          log(
            `growth: ${step.figures} figures: data ${(step.data.ms / 1000).toFixed(1)} s, site ${step.site ? `${(step.site.ms / 1000).toFixed(1)} s${step.site.ok ? '' : ' (failed)'}` : 'not built'}`,
          ),
      }),
    );
  }
} finally {
  await browser?.close();
  results.totalMs = Date.now() - started;
  const file = join(repo, 'BENCHMARKS.md');
  writeFileSync(file, writeReport(results));
  log(`wrote ${file}`);
  if (args.keep) log(`kept ${workspaceRoot} and ${tmp}`);
  else {
    rmSync(tmp, { recursive: true, force: true });
    if (workspaceRoot) rmSync(workspaceRoot, { recursive: true, force: true });
  }
}
