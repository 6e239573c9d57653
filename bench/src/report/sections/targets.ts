/** The targets table: each budget of @ua-drones/budgets against what this run measured. */
import {
  BASELINE,
  BENCH_MS,
  BUILDS,
  CHART_RENDER_MS,
  DATA_TARBALL_BYTES,
  LIGHTHOUSE,
  ONE_CHART_GZIP_BYTES,
  REPORT_PAGE,
} from '@ua-drones/budgets';
import { median } from '../../lib/stats.ts';
import type { LighthouseResult } from '../../sections/lighthouse.ts';
import { CPU_SLOWDOWN } from '../../sections/reader.ts';
import { kb, mb, ms, ratio, seconds, table } from '../format.ts';
import { ok } from '../outcome.ts';
import type { Results } from '../results.ts';
import { phaseText } from './growth.ts';
import { budgeted, largestParts, reportPageBytes, weighed } from './page-bytes.ts';

export interface Target {
  target: string;
  result: string;
  /** null: not measured in this run. */
  met: boolean | null;
  why: string;
}

const notMeasured = (target: string, why: string): Target => ({
  target,
  result: '—',
  met: null,
  why,
});

function reportLighthouse(results: Results): LighthouseResult | undefined {
  const lighthouse = ok(results.sections.lighthouse);
  return lighthouse?.report ?? lighthouse?.ssr;
}

/** The audits of some categories that scored below 0.9, for the reason of a missed score. */
const failing = (lh: LighthouseResult, ...categories: string[]) =>
  lh.failed.filter((f) => categories.some((c) => f.startsWith(`${c}:`))).join('; ');

function pageWeight(results: Results): Target {
  const target = `Report page ≤ ${kb(REPORT_PAGE.totalGzipBytes)} gzip of HTML, CSS and JS, all charts included`;
  const page = reportPageBytes(results);
  if (!page) return notMeasured(target, 'bytes not measured');
  const { gzip, files } = budgeted(page).page;
  const met = gzip <= REPORT_PAGE.totalGzipBytes;
  return {
    target,
    result: `${kb(gzip)} gzip (${files} files)`,
    met,
    why: met ? '' : largestParts(page, weighed),
  };
}

function fonts(results: Results): Target {
  const target = `Report page fonts ≤ ${kb(REPORT_PAGE.fontWoff2Bytes)} woff2`;
  const page = reportPageBytes(results);
  if (!page) return notMeasured(target, 'bytes not measured');
  const { bytes, files } = budgeted(page).fonts;
  return {
    target,
    result: `${kb(bytes)} (${files} ${files === 1 ? 'file' : 'files'})`,
    met: bytes <= REPORT_PAGE.fontWoff2Bytes,
    why: '',
  };
}

function javaScript(results: Results): Target {
  const target = `Report page ≤ ${kb(REPORT_PAGE.jsGzipBytes)} gzip of JS`;
  const page = reportPageBytes(results);
  if (!page) return notMeasured(target, 'bytes not measured');
  return {
    target,
    result: `${kb(page.js.gzip)} gzip (inline ${kb(page.rows['  of which inline JS'].gzip)}, files ${kb(page.rows.JS.gzip)})`,
    met: page.js.gzip <= REPORT_PAGE.jsGzipBytes,
    why: '',
  };
}

function lighthousePerformance(results: Results): Target {
  const target = `Lighthouse mobile performance ≥ ${LIGHTHOUSE.performance}`;
  const lh = reportLighthouse(results);
  if (!lh) return notMeasured(target, 'Lighthouse not run');
  const met = lh.scores.performance >= LIGHTHOUSE.performance;
  return {
    target,
    result: String(lh.scores.performance),
    met,
    why: met
      ? ''
      : failing(lh, 'performance') ||
        `LCP ${ms(lh.lcpMs)}, TBT ${ms(lh.tbtMs)}, CLS ${lh.cls.toFixed(3)}`,
  };
}

function lighthouseOtherCategories(results: Results): Target {
  const { accessibility, bestPractices, seo } = LIGHTHOUSE;
  const target = `Lighthouse accessibility / best practices / SEO ≥ ${accessibility} / ${bestPractices} / ${seo}`;
  const lh = reportLighthouse(results);
  if (!lh) return notMeasured(target, 'Lighthouse not run');
  const { scores } = lh;
  return {
    target,
    result: `${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`,
    met:
      scores.accessibility >= accessibility &&
      scores.bestPractices >= bestPractices &&
      scores.seo >= seo,
    why: failing(lh, 'accessibility', 'best-practices', 'seo'),
  };
}

function lessJavaScriptThanBaseline(results: Results): Target {
  const target = `At least ${BASELINE.jsFactor}× less JS than the client-side baseline`;
  const bytes = ok(results.sections.bytes);
  if (!bytes?.ssr || !bytes.baseline) return notMeasured(target, 'bytes not measured');
  const factor = bytes.baseline.js.gzip / bytes.ssr.js.gzip;
  return {
    target,
    result: `${ratio(factor)} (${kb(bytes.ssr.js.gzip)} vs ${kb(bytes.baseline.js.gzip)} gzip)`,
    met: factor >= BASELINE.jsFactor,
    why: '',
  };
}

function fasterThanBaseline(results: Results): Target {
  const target = 'Faster time-to-charts than the baseline';
  const timing = ok(results.sections.timing);
  if (!timing?.ssr || !timing.baseline) return notMeasured(target, 'timing not measured');
  const ssr = median(timing.ssr.chartsMs);
  const base = median(timing.baseline.chartsMs);
  return {
    target,
    result: `${ms(ssr)} vs ${ms(base)} (${ratio(base / ssr)} faster), CPU ${CPU_SLOWDOWN}× slower`,
    met: ssr < base,
    why: '',
  };
}

function chartRenderTime(results: Results): Target {
  const target = `All charts rendered server-side in ≤ ${CHART_RENDER_MS / 1000} s`;
  const charts = ok(results.sections.charts);
  if (!charts) return notMeasured(target, 'not measured');
  const total = charts.results.reduce((sum, c) => sum + c.firstMs, 0);
  const slowest = [...charts.results].sort((a, b) => b.firstMs - a.firstMs)[0];
  const met = total <= CHART_RENDER_MS;
  return {
    target,
    result: `${ms(total)} for ${charts.results.length} charts (first render each, fresh process)`,
    met,
    why:
      met || !slowest
        ? ''
        : `slowest: ${slowest.name} ${ms(slowest.firstMs)} (draw ${ms(slowest.firstDrawMs)}, svgo ${ms(slowest.firstSerializeMs)})`,
  };
}

function oneChartBundle(results: Results): Target {
  const target = `One chart and its data in a browser bundle ≤ ${kb(ONE_CHART_GZIP_BYTES)} gzip`;
  const bundle = ok(results.sections.bundle);
  if (!bundle) return notMeasured(target, 'bundle not measured');
  const met = bundle.oneChart.gzip <= ONE_CHART_GZIP_BYTES;
  return {
    target,
    result: `${kb(bundle.oneChart.gzip)} gzip (Plot alone ${kb(bundle.plotAlone.gzip)})`,
    met,
    why: met ? '' : `${kb(bundle.oneChart.gzip - bundle.plotAlone.gzip)} gzip beside Plot`,
  };
}

function dataTarball(results: Results): Target {
  const target = `\`@ua-drones/data\` tarball ≤ ${kb(DATA_TARBALL_BYTES)}`;
  const data = ok(results.sections.data);
  if (!data) return notMeasured(target, 'data package not measured');
  const met = data.tarball <= DATA_TARBALL_BYTES;
  return {
    target,
    result: `${kb(data.tarball)} (${kb(DATA_TARBALL_BYTES - data.tarball)} headroom)`,
    met,
    why: met ? '' : 'see The data package',
  };
}

function warmBuild(results: Results): Target {
  const target = `Warm build ≤ ${BUILDS.warmMs / 1000} s`;
  const builds = ok(results.sections.builds);
  if (!builds) return notMeasured(target, 'builds not measured');
  const { warm } = builds;
  return {
    target,
    result: `${seconds(warm.ms)} (${warm.cached}/${warm.tasks} tasks from cache)`,
    met: warm.ms <= BUILDS.warmMs,
    why: warm.cached < warm.tasks ? 'not every task was a cache hit' : '',
  };
}

function growthBuild(results: Results): Target {
  const figures = BUILDS.growthFigures.toLocaleString('en');
  const target = `${figures} figure pages built in ≤ ${BUILDS.growthMs / 60_000} minutes and under ${BUILDS.growthRssBytes / 1024 ** 3} GB`;
  const growth = ok(results.sections.growth);
  const big = growth?.find((step) => step.figures >= BUILDS.growthFigures);
  if (!big?.site) {
    return notMeasured(
      target,
      growth
        ? `the ${figures}-figure site build did not start (time budget or an earlier failure; see Growth)`
        : 'growth not measured',
    );
  }
  const { site } = big;
  const met = site.ok && site.ms <= BUILDS.growthMs && site.maxRss < BUILDS.growthRssBytes;
  const pagesPhase =
    big.phases && Number.isFinite(big.phases.pagesMs)
      ? `; Astro generated the pages in ${seconds(big.phases.pagesMs)}`
      : '';
  return {
    target,
    result: site.ok
      ? `${seconds(site.ms)} wall, ${seconds(site.cpuMs)} CPU, ${mb(site.maxRss)} peak (${big.figurePages} figure pages, ${big.pages} pages)`
      : `${site.timedOut ? 'stopped by the bench’s time budget' : 'failed'} after ${seconds(site.ms)}${pagesPhase}`,
    met,
    why: met ? '' : `${big.phases ? phaseText(big) : ''}; see Growth`,
  };
}

function benchTime(results: Results): Target {
  const met = results.totalMs <= BENCH_MS;
  return {
    target: `\`pnpm bench\` in ≤ ${BENCH_MS / 60_000} minutes`,
    result: `${seconds(results.totalMs)} (budget ${seconds(results.budgetMs)})`,
    met,
    why: met ? '' : 'the growth builds (see Growth) and a busy machine',
  };
}

const TARGETS = [
  pageWeight,
  fonts,
  javaScript,
  lighthousePerformance,
  lighthouseOtherCategories,
  lessJavaScriptThanBaseline,
  fasterThanBaseline,
  chartRenderTime,
  oneChartBundle,
  dataTarball,
  warmBuild,
  growthBuild,
  benchTime,
];

export function targets(results: Results): Target[] {
  return TARGETS.map((target) => target(results));
}

const status = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'missed');

export function renderTargets(results: Results): string[] {
  return [
    '## Targets',
    '',
    'The budgets are in `packages/budgets` (`@ua-drones/budgets`), which the site’s and the consumer’s tests import too.',
    '',
    table(
      ['Target', 'Result', 'Status', 'Why'],
      targets(results).map((t) => [t.target, t.result, status(t.met), t.why || '—']),
    ),
    '',
  ];
}
