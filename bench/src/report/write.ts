/** Turns the results into BENCHMARKS.md: targets first, then each measurement with its method. */
import { CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { addSizes, type Sizes, sizesOf } from '../lib/sizes.ts';
import { max, median, min } from '../lib/stats.ts';
import type { GrowthStep } from '../sections/growth.ts';
import type { LighthouseResult } from '../sections/lighthouse.ts';
import type { ByteRow, PageBytes, Timing } from '../sections/reader.ts';
import { BYTE_ROWS, CPU_SLOWDOWN } from '../sections/reader.ts';
import { kb, mb, ms, ratio, seconds, table } from './format.ts';
import { type Outcome, type Results, SECTIONS } from './results.ts';

const ok = <T>(outcome: Outcome<T> | undefined): T | undefined =>
  outcome?.status === 'ok' ? outcome.value : undefined;

const spread = (values: readonly number[]) =>
  values.length === 0 ? '—' : `${ms(median(values))} (${ms(min(values))}–${ms(max(values))})`;

const sizeCells = (sizes: Sizes) => [kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli)];

interface Target {
  target: string;
  result: string;
  met: boolean | null;
  why: string;
}

function status(met: boolean | null): string {
  return met === null ? 'not measured' : met ? 'met' : 'missed';
}

/** The largest byte rows of a page, for the reason of a missed size target. */
function largestParts(bytes: PageBytes): string {
  const rows = (Object.entries(bytes.rows) as Array<[ByteRow, Sizes]>)
    .filter(([row, sizes]) => row !== 'Total' && sizes.gzip > 0)
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .slice(0, 3);
  return `largest: ${rows.map(([row, sizes]) => `${row.trim()} ${kb(sizes.gzip)}`).join(', ')}`;
}

function targets(results: Results): Target[] {
  const bytes = ok(results.sections.bytes);
  const timing = ok(results.sections.timing);
  const lighthouse = ok(results.sections.lighthouse);
  const charts = ok(results.sections.charts);
  const builds = ok(results.sections.builds);
  const growth = ok(results.sections.growth);
  const report = bytes?.report ?? bytes?.ssr;
  const reportLh = lighthouse?.report ?? lighthouse?.ssr;
  const list: Target[] = [];

  list.push(
    report
      ? {
          target: 'Report page ≤ 150 KB gzip in total, all charts included',
          result: `${kb(report.rows.Total.gzip)} gzip (${report.requests} requests)`,
          met: report.rows.Total.gzip <= 150 * 1024,
          why: report.rows.Total.gzip <= 150 * 1024 ? '' : largestParts(report),
        }
      : {
          target: 'Report page ≤ 150 KB gzip in total',
          result: '—',
          met: null,
          why: 'bytes not measured',
        },
  );
  list.push(
    report
      ? {
          target: 'Report page ≤ 15 KB gzip of JS',
          result: `${kb(report.js.gzip)} gzip (inline ${kb(report.rows['  of which inline JS'].gzip)}, files ${kb(report.rows.JS.gzip)})`,
          met: report.js.gzip <= 15 * 1024,
          why: '',
        }
      : {
          target: 'Report page ≤ 15 KB gzip of JS',
          result: '—',
          met: null,
          why: 'bytes not measured',
        },
  );
  if (reportLh) {
    const { performance, accessibility, bestPractices } = reportLh.scores;
    const failing = (prefix: string) =>
      reportLh.failed.filter((f) => f.startsWith(prefix)).join('; ');
    list.push({
      target: 'Lighthouse mobile performance ≥ 98',
      result: String(performance),
      met: performance >= 98,
      why:
        performance >= 98
          ? ''
          : failing('performance') ||
            `LCP ${ms(reportLh.lcpMs)}, TBT ${ms(reportLh.tbtMs)}, CLS ${reportLh.cls.toFixed(3)}`,
    });
    list.push({
      target: 'Lighthouse accessibility 100 and best practices 100',
      result: `${accessibility} / ${bestPractices}`,
      met: accessibility === 100 && bestPractices === 100,
      why: [failing('accessibility'), failing('best-practices')].filter(Boolean).join('; '),
    });
  } else {
    list.push({
      target: 'Lighthouse mobile performance ≥ 98, accessibility and best practices 100',
      result: '—',
      met: null,
      why: 'Lighthouse not run',
    });
  }
  if (bytes?.ssr && bytes.baseline) {
    const factor = bytes.baseline.js.gzip / bytes.ssr.js.gzip;
    list.push({
      target: 'At least 10× less JS than the client-side baseline',
      result: `${ratio(factor)} (${kb(bytes.ssr.js.gzip)} vs ${kb(bytes.baseline.js.gzip)} gzip)`,
      met: factor >= 10,
      why: '',
    });
  } else
    list.push({
      target: 'At least 10× less JS than the baseline',
      result: '—',
      met: null,
      why: 'bytes not measured',
    });
  if (timing?.ssr && timing.baseline) {
    const ssr = median(timing.ssr.chartsMs);
    const base = median(timing.baseline.chartsMs);
    list.push({
      target: 'Faster time-to-charts than the baseline',
      result: `${ms(ssr)} vs ${ms(base)} (${ratio(base / ssr)} faster), CPU ${CPU_SLOWDOWN}× slower`,
      met: ssr < base,
      why: '',
    });
  } else
    list.push({
      target: 'Faster time-to-charts than the baseline',
      result: '—',
      met: null,
      why: 'timing not measured',
    });
  if (charts) {
    const total = charts.results.reduce((sum, c) => sum + c.firstMs, 0);
    const slowest = [...charts.results].sort((a, b) => b.firstMs - a.firstMs)[0];
    list.push({
      target: 'All charts rendered server-side in ≤ 1 s',
      result: `${ms(total)} for ${charts.results.length} charts (first render each, fresh process)`,
      met: total <= 1000,
      why:
        total <= 1000
          ? ''
          : `slowest: ${slowest?.name} ${ms(slowest?.firstMs ?? Number.NaN)} (draw ${ms(slowest?.firstDrawMs ?? Number.NaN)}, svgo ${ms(slowest?.firstSerializeMs ?? Number.NaN)})`,
    });
  } else
    list.push({
      target: 'All charts rendered server-side in ≤ 1 s',
      result: '—',
      met: null,
      why: 'not measured',
    });
  if (builds) {
    const warm = builds.warm;
    list.push({
      target: 'Warm build ≤ 5 s',
      result: `${seconds(warm.ms)} (${warm.cached}/${warm.tasks} tasks from cache)`,
      met: warm.ms <= 5000,
      why: warm.cached < warm.tasks ? 'not every task was a cache hit' : '',
    });
  } else
    list.push({ target: 'Warm build ≤ 5 s', result: '—', met: null, why: 'builds not measured' });
  const big = growth?.find((step) => step.figures >= 10_000);
  if (big?.site) {
    const met = big.site.ok && big.site.ms <= 120_000 && big.site.maxRss < 2 * 1024 ** 3;
    const pagesPhase =
      big.phases && Number.isFinite(big.phases.pagesMs)
        ? `; Astro generated the pages in ${seconds(big.phases.pagesMs)}`
        : '';
    list.push({
      target: '10,000 figure pages built in ≤ 2 minutes and under 2 GB',
      result: big.site.ok
        ? `${seconds(big.site.ms)} wall, ${seconds(big.site.cpuMs)} CPU, ${mb(big.site.maxRss)} peak (${big.figurePages} figure pages, ${big.pages} pages)`
        : `${big.site.timedOut ? 'stopped by the bench’s time budget' : 'failed'} after ${seconds(big.site.ms)}${pagesPhase}`,
      met,
      why: met ? '' : `${big.phases ? phaseText(big) : ''}; see Growth`,
    });
  } else
    list.push({
      target: '10,000 figure pages built in ≤ 2 minutes and under 2 GB',
      result: '—',
      met: null,
      why: growth
        ? 'the 10,000-figure site build did not start (time budget or an earlier failure; see Growth)'
        : 'growth not measured',
    });
  list.push({
    target: '`pnpm bench` in under 10 minutes',
    result: `${seconds(results.totalMs)} (budget ${seconds(results.budgetMs)})`,
    met: results.totalMs <= 600_000,
    why: results.totalMs <= 600_000 ? '' : 'the growth builds (see Growth) and a busy machine',
  });
  return list;
}

function headline(results: Results): string[] {
  const bytes = ok(results.sections.bytes);
  const timing = ok(results.sections.timing);
  const lighthouse = ok(results.sections.lighthouse);
  const lines: string[] = [];
  if (bytes?.ssr && bytes.baseline)
    lines.push(
      `- **JS shipped:** ${kb(bytes.ssr.js.gzip)} gzip with server-rendered charts vs ${kb(bytes.baseline.js.gzip)} with the client-side Plot baseline: **${ratio(bytes.baseline.js.gzip / bytes.ssr.js.gzip)} less**.`,
      `- **Whole page:** ${kb(bytes.ssr.rows.Total.gzip)} vs ${kb(bytes.baseline.rows.Total.gzip)} gzip (${ratio(bytes.baseline.rows.Total.gzip / bytes.ssr.rows.Total.gzip)}); ${bytes.ssr.requests} vs ${bytes.baseline.requests} requests.`,
    );
  if (timing?.ssr && timing.baseline)
    lines.push(
      `- **Time to charts** (CPU ${CPU_SLOWDOWN}× slower, median of ${timing.ssr.chartsMs.length}): ${ms(median(timing.ssr.chartsMs))} vs ${ms(median(timing.baseline.chartsMs))}: **${ratio(median(timing.baseline.chartsMs) / median(timing.ssr.chartsMs))} faster**; LCP ${ms(median(timing.ssr.lcpMs))} vs ${ms(median(timing.baseline.lcpMs))} (${ratio(median(timing.baseline.lcpMs) / median(timing.ssr.lcpMs))}).`,
    );
  if (lighthouse?.ssr && lighthouse.baseline)
    lines.push(
      `- **Lighthouse mobile performance:** ${lighthouse.ssr.scores.performance} vs ${lighthouse.baseline.scores.performance}; its simulated LCP ${ms(lighthouse.ssr.lcpMs)} vs ${ms(lighthouse.baseline.lcpMs)}, TBT ${ms(lighthouse.ssr.tbtMs)} vs ${ms(lighthouse.baseline.tbtMs)}.`,
    );
  return lines;
}

function bytesTable(bytes: PageBytes): string {
  return table(
    ['Part', 'Raw', 'gzip', 'brotli'],
    BYTE_ROWS.filter((row) => row === 'Total' || row === 'HTML' || bytes.rows[row].raw > 0).map(
      (row) => [row.startsWith('  ') ? `  ↳ ${row.trim()}` : row, ...sizeCells(bytes.rows[row])],
    ),
  );
}

function requestsLine(bytes: PageBytes): string {
  const byType = Object.entries(bytes.requestsByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  const foreign =
    bytes.foreign.length === 0
      ? 'none to another origin'
      : `**${bytes.foreign.length} to another origin**: ${bytes.foreign.join(', ')}`;
  return `Requests: **${bytes.requests}** (${byType}); ${foreign}.`;
}

type LighthouseByPage = Partial<Record<'report' | 'ssr' | 'baseline', LighthouseResult>>;

/** The Lighthouse pages measured, in table order, with the names the tables use. */
function lighthousePages(lighthouse: LighthouseByPage): Array<[string, LighthouseResult]> {
  return (['report', 'ssr', 'baseline'] as const)
    .filter((key) => lighthouse[key])
    .map((key) => [
      key === 'baseline'
        ? 'Client-side baseline'
        : key === 'ssr' && lighthouse.report
          ? 'Compared page (server-rendered)'
          : 'Report page',
      lighthouse[key] as LighthouseResult,
    ]);
}

function lighthouseRow(name: string, lh: LighthouseResult): string[] {
  return [
    name,
    String(lh.scores.performance),
    String(lh.scores.accessibility),
    String(lh.scores.bestPractices),
    String(lh.scores.seo),
    ms(lh.fcpMs),
    ms(lh.lcpMs),
    lh.cls.toFixed(3),
    ms(lh.tbtMs),
    String(Math.round(lh.benchmarkIndex)),
  ];
}

function failure(name: string, outcome: Outcome<unknown> | undefined): string[] {
  if (outcome === undefined)
    return [`_${name}: did not run (an earlier step it needs failed)._`, ''];
  if (outcome.status === 'skipped') return [`_${name}: skipped (${outcome.reason})._`, ''];
  if (outcome.status === 'failed')
    return [
      `**${name} failed** after ${seconds(outcome.ms)}:`,
      '',
      '```',
      outcome.error.trim(),
      '```',
    ];
  return [];
}

export function writeReport(results: Results): string {
  const { machine } = results;
  const s = results.sections;
  const install = ok(s.install);
  const pages = ok(s.pages);
  const bytes = ok(s.bytes);
  const timing = ok(s.timing);
  const lighthouse = ok(s.lighthouse);
  const charts = ok(s.charts);
  const data = ok(s.data);
  const builds = ok(s.builds);
  const growth = ok(s.growth);
  const maxLoad = Math.max(machine.loadAtStart, ...results.loads.map((l) => l.load));
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` (bench/) on ${results.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC; the run took **${seconds(results.totalMs)}**. Benchmarks report numbers; they are not timed tests. Re-run \`pnpm bench\` to refresh this file.`,
    '',
    table(
      ['Machine', ''],
      [
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['Memory', mb(machine.memory)],
        ['OS', machine.os],
        ['Node / pnpm', `${machine.node} / ${machine.pnpm}`],
        ['Browser', `${machine.chromium}, flags \`${CHROMIUM_FLAGS.join(' ')}\``],
        [
          'Load average (1 min)',
          `${machine.loadAtStart.toFixed(2)} at start, up to ${maxLoad.toFixed(2)} during the run`,
        ],
      ],
    ),
    '',
    maxLoad > machine.cores * 0.75
      ? `**Noise:** the load average reached ${maxLoad.toFixed(1)} on ${machine.cores} cores, so other work shared the CPU with this run: times are upper bounds and vary between runs; byte counts are exact. Timings in the browser are medians of ${results.runs} runs, alternating the pages compared.`
      : `Load stayed below ${maxLoad.toFixed(1)} on ${machine.cores} cores. Timings in the browser are medians of ${results.runs} runs, alternating the pages compared; byte counts are exact.`,
    '',
  );

  push('## Targets (issue 7)', '');
  push(
    table(
      ['Target', 'Result', 'Status', 'Why'],
      targets(results).map((t) => [t.target, t.result, status(t.met), t.why || '—']),
    ),
    '',
  );
  const lines = headline(results);
  if (lines.length > 0)
    push('## Headline: server-rendered charts vs the client-side baseline', '', ...lines, '');

  push('## The reader’s page', '');
  if (bytes && pages) {
    const report = bytes.report ?? bytes.ssr;
    if (report) {
      push(
        `The report page (\`${pages.report}\`) as built, every response body the browser received on load, sized raw, gzip (level 9) and brotli (quality 11) as a precompressing static host serves them.`,
        '',
        bytesTable(report),
        '',
        requestsLine(report),
        `JS run by the page (inline plus files): ${kb(report.js.raw)} raw, ${kb(report.js.gzip)} gzip.`,
        '',
      );
      if (report.chartSvg.length > 0)
        push(
          table(
            ['Chart on the page', 'SVG raw', 'gzip', 'brotli'],
            [
              ...report.chartSvg.map((c) => [c.name, ...sizeCells(c.sizes)]),
              [
                'All charts',
                ...sizeCells(
                  report.chartSvg.reduce((sum, c) => addSizes(sum, c.sizes), {
                    raw: 0,
                    gzip: 0,
                    brotli: 0,
                  }),
                ),
              ],
            ],
          ),
          '',
        );
      else push('The report page has no charts yet.', '');
    }
  }
  push(...failure('Page bytes', s.bytes), ...failure('Pages', s.pages));

  push('## Side by side: server-rendered charts vs the client-side baseline', '');
  if (pages) {
    push(
      `The baseline (\`${pages.baseline}\`, built by the bench, never shipped) is the compared page${pages.ssrNote ? ` (${pages.ssrNote})` : ''} with each chart’s SVG removed and a module script that draws the same charts in the browser, as an Observable Framework page or a notebook does: it fetches the figures, events and partnerships tables as JSON and calls \`charts[name].render(charts[name].select(data))\` from \`@ua-drones/charts\` (Observable Plot inside), bundled and minified with esbuild. Same HTML, CSS and text otherwise. Charts compared: ${pages.charts.join(', ')} (${pages.charts.length}).`,
      '',
    );
  }
  if (bytes?.ssr && bytes.baseline) {
    const rows: Array<[string, (b: PageBytes) => number, (v: number) => string]> = [
      ['JS shipped (gzip)', (b) => b.js.gzip, kb],
      ['JS shipped (raw)', (b) => b.js.raw, kb],
      ['JSON data fetched (gzip)', (b) => b.rows.JSON.gzip, kb],
      ['HTML (gzip)', (b) => b.rows.HTML.gzip, kb],
      ['Whole page (gzip)', (b) => b.rows.Total.gzip, kb],
      ['Whole page (brotli)', (b) => b.rows.Total.brotli, kb],
      ['Requests', (b) => b.requests, String],
    ];
    const cells = rows.map(([label, get, format]) => {
      const a = get(bytes.ssr as PageBytes);
      const b = get(bytes.baseline as PageBytes);
      return [label, format(a), format(b), a === 0 && b === 0 ? '—' : ratio(b / a)];
    });
    if (timing?.ssr && timing.baseline) {
      const t = (label: string, get: (x: Timing) => number[]) => {
        const a = get(timing.ssr as Timing);
        const b = get(timing.baseline as Timing);
        return [label, spread(a), spread(b), ratio(median(b) / median(a))];
      };
      cells.push(
        t(`Time to every chart in the DOM, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.chartsMs),
        t(`LCP, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.lcpMs),
        t(`Load event, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.loadMs),
      );
    }
    if (lighthouse?.ssr && lighthouse.baseline) {
      const a = lighthouse.ssr;
      const b = lighthouse.baseline;
      cells.push(
        ['Lighthouse performance', String(a.scores.performance), String(b.scores.performance), '—'],
        ['Lighthouse LCP (simulated)', ms(a.lcpMs), ms(b.lcpMs), ratio(b.lcpMs / a.lcpMs)],
        [
          'Lighthouse TBT (simulated)',
          ms(a.tbtMs),
          ms(b.tbtMs),
          a.tbtMs === 0 ? '—' : ratio(b.tbtMs / a.tbtMs),
        ],
      );
    }
    push(
      table(
        ['', 'Server-rendered (site)', 'Client-side baseline (Plot)', 'Baseline / site'],
        cells,
      ),
      '',
      `Times: median (min–max) of ${timing?.ssr?.chartsMs.length ?? 0} runs, each in a fresh browser context (cold cache) at ${'412×823'} px, \`Emulation.setCPUThrottlingRate\` ${CPU_SLOWDOWN}, no network throttling (127.0.0.1). “Time to charts” is when a MutationObserver installed before the page’s first byte sees an <svg> in every chart’s container.`,
      '',
    );
    push(
      '<details><summary>Bytes of the baseline page</summary>',
      '',
      bytesTable(bytes.baseline),
      '',
      requestsLine(bytes.baseline),
      '',
      '</details>',
      '',
    );
  }
  push(...failure('Timing', s.timing));

  push('## Lighthouse (mobile)', '');
  if (lighthouse) {
    const pages = lighthousePages(lighthouse);
    const rows = pages.map(([name, result]) => lighthouseRow(name, result));
    const version = Object.values(lighthouse)[0]?.lighthouseVersion;
    push(
      `Lighthouse ${version}, default mobile settings (simulated slow 4G, ${CPU_SLOWDOWN}× CPU), categories performance, accessibility, best practices, SEO; ${results.lighthouseRuns} runs per page, of which the table shows the median run as Lighthouse picks it (closest to the median FCP and time to interactive). Performance score of every run: ${pages.map(([name, result]) => `${name.toLowerCase()} ${result.performanceRuns.join(', ')}`).join('; ')}.`,
      '',
      table(
        [
          'Page',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'FCP',
          'LCP',
          'CLS',
          'TBT',
          'benchmarkIndex',
        ],
        rows,
      ),
      '',
      'benchmarkIndex is Lighthouse’s own measure of the CPU during the run (higher is faster); on a busy machine it drops, and the simulated FCP, LCP and TBT and the performance score suffer with it.',
      '',
    );
    for (const key of ['report', 'ssr', 'baseline'] as const) {
      const lh = lighthouse[key];
      if (lh && lh.failed.length > 0)
        push(
          `Audits below 0.9 on the ${key === 'baseline' ? 'baseline' : 'report'} page: ${lh.failed.join('; ')}.`,
          '',
        );
    }
  }
  push(...failure('Lighthouse', s.lighthouse));

  push('## Charts rendered on the server', '');
  if (charts) {
    const total = charts.results.reduce((sum, c) => sum + c.firstMs, 0);
    push(
      `Each chart of the registry rendered as the site does (\`render(select(data), { document: createDocument(), headings: false })\`, then \`renderToString\`, which runs svgo) in a fresh Node process. First render includes JIT warm-up; warm is the median of ${results.runs} more. Importing the charts, SSR entry and data took ${ms(charts.importMs)}.`,
      '',
      table(
        [
          'Chart',
          'First render',
          'of which draw / svgo',
          'Warm render',
          'SVG raw',
          'gzip',
          'brotli',
        ],
        [
          ...charts.results.map((c) => {
            const size = sizeCellsOf(c.svg);
            return [
              c.name,
              ms(c.firstMs),
              `${ms(c.firstDrawMs)} / ${ms(c.firstSerializeMs)}`,
              ms(median(c.warmMs)),
              ...size,
            ];
          }),
          [
            'All',
            ms(total),
            '',
            ms(charts.results.reduce((sum, c) => sum + median(c.warmMs), 0)),
            ...sumSvg(charts.results.map((c) => c.svg)),
          ],
        ],
      ),
      '',
    );
  }
  push(...failure('Charts', s.charts));

  push('## The data package', '');
  if (data) {
    push(
      table(
        ['@ua-drones/data', ''],
        [
          ['Tarball (pnpm pack)', kb(data.tarball)],
          ['Unpacked', `${kb(data.unpacked)} in ${data.files} files`],
          [
            `\`import('@ua-drones/data')\` in Node, median of ${data.importMs.length} fresh processes`,
            ms(median(data.importMs)),
          ],
          [
            'Bundle of an app importing only `getFigure` (esbuild, minified)',
            `${kb(data.getFigureBundle.raw)} raw, ${kb(data.getFigureBundle.gzip)} gzip`,
          ],
          [
            'Bundle of an app importing everything',
            `${kb(data.everythingBundle.raw)} raw, ${kb(data.everythingBundle.gzip)} gzip`,
          ],
          ['Tables in the `getFigure` bundle', data.tablesInGetFigureBundle.join(', ') || 'none'],
        ],
      ),
      '',
      data.tablesInGetFigureBundle.length === 1 && data.tablesInGetFigureBundle[0] === 'figures'
        ? 'Tree-shaking works: the `getFigure` app carries the figures table and none of the others.'
        : `Tree-shaking ${data.tablesInGetFigureBundle.includes('figures') ? 'is partial' : 'is not measurable'}: the \`getFigure\` app carries ${data.tablesInGetFigureBundle.join(', ')} (of ${data.tables.join(', ')}).`,
      '',
    );
  }
  push(...failure('Data package', s.data));

  push('## Builds', '');
  if (install)
    push(
      `In a temporary copy of the working tree (${install.files} files: what a clone holds, no dist/ or caches), after \`pnpm install --frozen-lockfile --prefer-offline\` (${seconds(install.install.ms)}). Peak memory is the largest single process (GNU time’s maximum RSS), not the sum over processes.`,
      '',
    );
  if (builds) {
    push(
      table(
        ['Build', 'Command', 'Wall time', 'CPU time', 'Peak RSS', 'Tasks from cache'],
        (
          [
            ['Cold full build', '`turbo run build --force`', builds.cold],
            ['Warm build, no change', '`turbo run build`', builds.warm],
            ['After a one-line data change', '`turbo run build`', builds.edited],
            ['After reverting it', '`turbo run build`', builds.reverted],
          ] as const
        ).map(([label, command, run]) => [
          label,
          command,
          seconds(run.ms),
          seconds(run.cpuMs),
          mb(run.maxRss),
          `${run.cached}/${run.tasks}`,
        ]),
      ),
      '',
      `The one-line change: \`${builds.edited.file}\` line ${builds.edited.line}, \`${builds.edited.before.trim()}\` → \`${builds.edited.after.trim()}\` (in the copy only).`,
      '',
    );
  }
  push(...failure('Install', s.install), ...failure('Builds', s.builds));

  push('## Growth', '');
  push(
    'Synthetic data sets generated by the bench in its temporary copy (never shipped): the real figures plus copies, copy k of each figure with id `<id>-s<k>` under a copy of its measure, so each copy has the real data’s shape and passes validation. At each size the data package is rebuilt (`node scripts/build.ts`) and the real site built from it (`astro build`, including Open Graph images, one for each page but one shared by all figure pages, and Pagefind).',
    '',
  );
  if (growth && growth.length > 0) {
    const rows = growth.map((step, index) => {
      const previous = growth[index - 1];
      const factor = (a: number | undefined, b: number | undefined) =>
        a === undefined || b === undefined ? '—' : ratio(b / a);
      const site = step.site;
      const siteOk = site?.ok === true;
      const previousSiteOk = previous?.site?.ok === true;
      return [
        step.figures.toLocaleString('en'),
        `${seconds(step.data.ms)} / ${seconds(step.data.cpuMs)}${step.data.ok ? '' : step.data.timedOut ? ' (stopped: time budget)' : ' (failed)'}`,
        mb(step.data.maxRss),
        site
          ? `${seconds(site.ms)} / ${seconds(site.cpuMs)}${siteOk ? '' : site.timedOut ? ' (stopped: time budget)' : ' (failed)'}`
          : 'not run',
        site ? mb(site.maxRss) : '—',
        step.phases ? phaseText(step) : '—',
        siteOk
          ? `${step.pages.toLocaleString('en')} (${step.figurePages.toLocaleString('en')} figure pages)`
          : '—',
        previous?.data.ok && step.data.ok ? factor(previous.data.cpuMs, step.data.cpuMs) : '—',
        previousSiteOk && siteOk ? factor(previous?.site?.cpuMs, site?.cpuMs) : '—',
      ];
    });
    push(
      table(
        [
          'Figures',
          'Data build (wall / CPU)',
          'Data peak RSS',
          'Site build (wall / CPU)',
          'Site peak RSS',
          'Where the site build went',
          'Pages built',
          'Data ×',
          'Site ×',
        ],
        rows,
      ),
      '',
      '“×” is the growth factor of CPU time from the previous size (10× more figures): about 10× is linear. CPU time is used because wall time on a shared machine mostly measures the other work.',
      '',
    );
    const failedStep = growth.find((step) => !step.data.ok || (step.site && !step.site.ok));
    if (failedStep) {
      const run = failedStep.data.ok ? failedStep.site : failedStep.data;
      push(
        `At ${failedStep.figures.toLocaleString('en')} figures the ${failedStep.data.ok ? 'site' : 'data'} build ${run?.timedOut ? 'was stopped by the bench’s time budget' : 'failed'}:`,
        '',
        '```',
        (run?.output ?? '').trim().split('\n').slice(-12).join('\n'),
        '```',
        '',
      );
    }
  }
  push(...failure('Growth', s.growth));

  push(
    '## How to run',
    '',
    '```sh',
    'pnpm install',
    'pnpm bench                      # everything, writes BENCHMARKS.md',
    `pnpm bench -- --skip growth     # sections: ${SECTIONS.join(', ')}`,
    'pnpm bench -- --runs 9 --keep   # more runs per timing; keep the temporary copy',
    '```',
    '',
    `Needs Chromium at \`/usr/bin/chromium\` (or \`CHROME_PATH\`) and GNU time at \`/usr/bin/time\`. The whole run is budgeted to ${seconds(results.budgetMs)} (\`--budget\`): a growth build still running then is stopped and reported as such.`,
    '',
  );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function phaseText(step: GrowthStep): string {
  const phases = step.phases;
  if (!phases) return '—';
  const parts = [
    Number.isFinite(phases.pagesMs) ? `pages ${seconds(phases.pagesMs)}` : null,
    ...phases.hooks.map((hook) => `${hook.integration.replace(/^.*:/, '')} ≥${seconds(hook.ms)}`),
    phases.stoppedIn ? `stopped in ${phases.stoppedIn.replace(/^.*:/, '')}` : null,
  ];
  return parts.filter(Boolean).join(', ') || '—';
}

function sizeCellsOf(svg: string): string[] {
  return sizeCells(sizesOf(svg));
}

function sumSvg(svgs: string[]): string[] {
  return sizeCells(svgs.map(sizesOf).reduce(addSizes, { raw: 0, gzip: 0, brotli: 0 }));
}
