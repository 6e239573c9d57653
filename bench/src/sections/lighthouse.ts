import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Lighthouse's own choice of a representative run; the package has no exports map to forbid it.
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { runOrThrow } from '../lib/run.ts';

export interface LighthouseResult {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Audits of the four categories that did not pass, by title, for the reasons column. */
  failed: string[];
  lighthouseVersion: string;
  /**
   * Lighthouse's measure of the machine's CPU speed during the run (higher is faster): a low
   * value means its simulated timings are inflated by a slow or busy CPU.
   */
  benchmarkIndex: number;
  /** Performance score of every run, in run order; the fields above are of the median run. */
  performanceRuns: number[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface Report {
  lighthouseVersion: string;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { message: string };
  categories: Record<
    string,
    { score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits: Record<
    string,
    { title: string; score: number | null; numericValue?: number; scoreDisplayMode: string }
  >;
}

/** One Lighthouse default mobile run (simulated slow 4G and 4× CPU), through its CLI. */
async function runOnce(url: string): Promise<Report> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const output = join(tmpdir(), `ua-bench-lighthouse-${process.pid}-${Date.now()}.json`);
  await runOrThrow(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { cwd: tmpdir(), env: { CHROME_PATH: CHROMIUM_PATH }, timeoutMs: 180_000 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  rmSync(output, { force: true });
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  return report;
}

/** A category's score out of 100, as Lighthouse's report shows it. */
const scoreOf = (report: Report, category: string) =>
  Math.round((report.categories[category]?.score ?? Number.NaN) * 100);

/**
 * `runs` Lighthouse runs of a page, summarized by the median run as Lighthouse itself picks it
 * (closest to the median FCP and time to interactive): one run's score moves by several points
 * with the machine's load.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseResult> {
  const reports: Report[] = [];
  for (let run = 0; run < runs; run++) reports.push(await runOnce(url));
  return summarizeRuns(url, reports);
}

/** Several Lighthouse reports of one page as one result: the median run, every run's score. */
export function summarizeRuns(url: string, reports: readonly Report[]): LighthouseResult {
  const valid = filterToValidRuns(reports as never) as unknown as Report[];
  if (valid.length === 0) throw new Error(`Lighthouse: no run of ${url} measured FCP and TTI`);
  const report = computeMedianRun(valid as never) as unknown as Report;
  const score = (category: string) => scoreOf(report, category);
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failed = CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .map((ref) => report.audits[ref.id])
      .filter(
        (audit) =>
          audit !== undefined &&
          audit.scoreDisplayMode !== 'notApplicable' &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.score !== null &&
          audit.score < 0.9,
      )
      .map((audit) => `${category}: ${audit?.title} (${audit?.score})`),
  );
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    fcpMs: value('first-contentful-paint'),
    failed: [...new Set(failed)],
    lighthouseVersion: report.lighthouseVersion,
    benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
    performanceRuns: reports.map((run) => scoreOf(run, 'performance')),
  };
}
