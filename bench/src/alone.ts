/**
 * `pnpm bench -- --only bundle`: one section measured on the repository's working tree as it is,
 * in a minute instead of the whole run. It builds what the section needs (turbo replays what is
 * unchanged), prints the section as BENCHMARKS.md would show it with the exact bytes against the
 * budget, and writes nothing: BENCHMARKS.md comes only from a full run in a clean copy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ONE_CHART_GZIP_BYTES } from '@ua-drones/budgets';
import { kb } from './report/format.ts';
import { chartBundleLines } from './report/sections/chart-bundle.ts';
import { turboBuild } from './sections/builds.ts';
import { type ChartBundleResult, measureChartBundle } from './sections/chart-bundle.ts';

const bytes = (value: number) => `${value.toLocaleString('en-US')} bytes`;

/** The one-chart page against its budget, to the byte: the report rounds to whole KB. */
export function bundleVerdict(bundle: ChartBundleResult): string {
  const gzip = bundle.oneChart.gzip;
  const margin = ONE_CHART_GZIP_BYTES - gzip;
  return `One chart and its data ≤ ${kb(ONE_CHART_GZIP_BYTES)} gzip: ${bytes(gzip)} (${(gzip / 1024).toFixed(1)} KB), ${margin >= 0 ? `met, ${bytes(margin)} to spare` : `missed by ${bytes(-margin)}`}; ${bytes(gzip - bundle.plotAlone.gzip)} beside Plot.`;
}

const ALONE = {
  async bundle(repo: string): Promise<string> {
    await turboBuild(repo, ['--filter=@ua-drones/charts']);
    const tmp = mkdtempSync(join(tmpdir(), 'ua-bench-bundle-'));
    try {
      const bundle = await measureChartBundle({
        benchDir: join(repo, 'bench'),
        chartsDir: join(repo, 'packages/charts'),
        tmp,
      });
      return [...chartBundleLines(bundle), bundleVerdict(bundle)].join('\n');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

/** The sections that can run alone: those that need only the packages, not the site's build. */
export const ALONE_SECTIONS = Object.keys(ALONE);

/** Runs one section on the working tree and returns its report text. */
export function runAlone(name: string, repo: string): Promise<string> {
  if (!Object.hasOwn(ALONE, name))
    throw new Error(
      `--only: "${name}" cannot run alone (it needs the clean copy and the builds of a full run); sections that can: ${ALONE_SECTIONS.join(', ')}`,
    );
  return ALONE[name as keyof typeof ALONE](repo);
}
