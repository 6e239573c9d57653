import type { Run } from '../src/lib/run.ts';
import type { Sizes } from '../src/lib/sizes.ts';
import type { Results } from '../src/report/results.ts';
import type { TurboRun } from '../src/sections/builds.ts';
import type { LighthouseResult } from '../src/sections/lighthouse.ts';
import { BYTE_ROWS, type ByteRow, type PageBytes } from '../src/sections/reader.ts';

const sizes = (gzip: number): Sizes => ({ raw: gzip * 4, gzip, brotli: Math.round(gzip * 0.9) });

/** A page's bytes with every row empty but those given (gzip bytes); Total is their sum. */
export function pageBytes(rows: Partial<Record<ByteRow, number>>, js = 900): PageBytes {
  const all = Object.fromEntries(BYTE_ROWS.map((row) => [row, sizes(rows[row] ?? 0)])) as Record<
    ByteRow,
    Sizes
  >;
  const total = Object.entries(rows)
    .filter(([row]) => !row.startsWith('  '))
    .reduce((sum, [, gzip]) => sum + (gzip ?? 0), 0);
  all.Total = sizes(total);
  return {
    rows: all,
    requests: 4,
    requestsByType: { document: 1, stylesheet: 1, script: 1, font: 1 },
    js: sizes(js),
    chartSvg: [{ name: 'timeline', sizes: sizes(3000) }],
    foreign: [],
  };
}

export function lighthouse(performance: number, failed: string[] = []): LighthouseResult {
  return {
    scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
    lcpMs: 1800,
    cls: 0,
    tbtMs: 20,
    fcpMs: 900,
    failed,
    lighthouseVersion: '13.5.0',
    benchmarkIndex: 1500,
    performanceRuns: [performance, performance - 1, performance + 1],
  };
}

const run = (ms: number, extra: Partial<Run> = {}): Run => ({
  ok: true,
  code: 0,
  ms,
  maxRss: 500 * 1024 ** 2,
  cpuMs: ms * 1.5,
  output: '',
  timedOut: false,
  ...extra,
});
const turbo = (ms: number, cached: number): TurboRun => ({ ...run(ms), cached, tasks: 3 });

/** A run in which every section measured something: a report page of 60 KB gzip, all met. */
export function completeResults(): Results {
  return {
    startedAt: new Date('2026-11-29T10:00:00Z'),
    totalMs: 400_000,
    machine: {
      cpu: 'Test CPU',
      cores: 2,
      memory: 8 * 1024 ** 3,
      os: 'Linux 6.1',
      node: 'v24.21.0',
      pnpm: '10.34.9',
      chromium: 'Chromium 156',
      loadAtStart: 0.5,
    },
    loads: [{ section: 'install', load: 1 }],
    runs: 5,
    lighthouseRuns: 3,
    budgetMs: 570_000,
    sections: {
      install: {
        status: 'ok',
        value: { root: '/tmp/x', install: run(30_000), files: 400 },
        ms: 30_000,
      },
      builds: {
        status: 'ok',
        value: {
          cold: turbo(60_000, 0),
          warm: turbo(1_500, 3),
          edited: {
            ...turbo(20_000, 1),
            file: 'packages/data/records/figures/a.yaml',
            line: 3,
            before: '  label: A',
            after: '  label: A (edited)',
          },
          reverted: turbo(1_600, 3),
        },
        ms: 90_000,
      },
      pages: {
        status: 'ok',
        value: {
          root: '/tmp/site',
          report: '/',
          ssr: '/',
          baseline: '/bench-baseline/',
          charts: ['timeline'],
          ssrNote: null,
        },
        ms: 2_000,
      },
      bytes: {
        status: 'ok',
        value: {
          ssr: pageBytes({ HTML: 50 * 1024, CSS: 4 * 1024, JS: 500, Fonts: 5 * 1024 }),
          baseline: pageBytes({ HTML: 40 * 1024, JS: 120 * 1024, JSON: 18 * 1024 }, 120 * 1024),
        },
        ms: 3_000,
      },
      timing: {
        status: 'ok',
        value: {
          ssr: { chartsMs: [300, 320, 310], lcpMs: [400, 420, 410], loadMs: [500, 510, 520] },
          baseline: { chartsMs: [900, 950, 920], lcpMs: [800, 820, 810], loadMs: [700, 720, 710] },
        },
        ms: 20_000,
      },
      lighthouse: {
        status: 'ok',
        value: { ssr: lighthouse(99), baseline: lighthouse(80) },
        ms: 100_000,
      },
      charts: {
        status: 'ok',
        value: {
          importMs: 200,
          results: [
            {
              name: 'timeline',
              firstMs: 300,
              firstDrawMs: 200,
              firstSerializeMs: 100,
              warmMs: [50, 60, 55],
              warmDrawMs: [30, 35, 32],
              warmSerializeMs: [20, 25, 23],
              svg: '<svg><rect width="10" height="10"/></svg>',
            },
          ],
        },
        ms: 5_000,
      },
      data: {
        status: 'ok',
        value: {
          tarball: 40 * 1024,
          unpacked: 300 * 1024,
          files: 60,
          importMs: [80, 90, 85],
          getFigureBundle: sizes(8 * 1024),
          everythingBundle: sizes(23 * 1024),
          tablesInGetFigureBundle: ['figures'],
          tables: ['figures', 'events'],
        },
        ms: 10_000,
      },
      bundle: {
        status: 'ok',
        value: {
          oneChart: sizes(96 * 1024),
          plotAlone: sizes(80 * 1024),
          registry: sizes(135 * 1024),
        },
        ms: 8_000,
      },
      growth: {
        status: 'ok',
        value: [100, 1000, 10_000].map((figures) => ({
          figures,
          synthetic: figures - 45,
          data: run(figures * 2),
          site: run(figures * 10),
          figurePages: figures,
          pages: figures + 33,
          phases: { pagesMs: figures * 5, hooks: [], stoppedIn: null },
        })),
        ms: 150_000,
      },
    },
  };
}
