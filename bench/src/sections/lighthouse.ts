import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface Report {
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

/** Lighthouse's default mobile run (simulated slow 4G and 4× CPU), through its CLI. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
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
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
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
  };
}
