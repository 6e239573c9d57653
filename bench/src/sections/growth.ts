/**
 * Growth: the data package build and the site build on synthetic data sets of growing size, in
 * the bench's temporary copy. The real site is built: the copy's data package is rebuilt from
 * the synthetic records and the site imports it as usual, so no hook is needed.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type AstroPhases, astroPhases } from '../lib/astro-log.ts';
import { type Run, runTimed } from '../lib/run.ts';
import { readRecords, restoreRecords, writeSyntheticSet } from '../synthetic/figures.ts';

export interface GrowthStep {
  figures: number;
  synthetic: number;
  data: Run;
  site: Run | null;
  /** Figure pages the site build wrote (index.html under /data/figures/). */
  figurePages: number;
  /** Every HTML page the site build wrote. */
  pages: number;
  phases: AstroPhases | null;
}

function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) =>
    path.endsWith('.html'),
  ).length;
}

export async function measureGrowth(options: {
  workspace: string;
  sizes: readonly number[];
  /** Wall-clock time after which no further build starts, and running ones are stopped. */
  deadline: number;
  onStep?: (step: GrowthStep) => void;
}): Promise<GrowthStep[]> {
  const { workspace, sizes, deadline } = options;
  const dataDir = join(workspace, 'packages/data');
  const siteDir = join(workspace, 'apps/site');
  const recordsDir = join(dataDir, 'records');
  const real = readRecords(recordsDir);
  const steps: GrowthStep[] = [];
  try {
    for (const figures of sizes) {
      const remaining = () => Math.max(1000, deadline - Date.now());
      if (Date.now() >= deadline) break;
      const synthetic = writeSyntheticSet(recordsDir, real, figures);
      const data = await runTimed(process.execPath, ['scripts/build.ts'], {
        cwd: dataDir,
        timeoutMs: remaining(),
      });
      let site: Run | null = null;
      if (data.ok && Date.now() < deadline) {
        rmSync(join(siteDir, 'dist'), { recursive: true, force: true });
        site = await runTimed(join(siteDir, 'node_modules/.bin/astro'), ['build'], {
          cwd: siteDir,
          timeoutMs: remaining(),
        });
      }
      const step: GrowthStep = {
        figures: real.figures.length + synthetic,
        synthetic,
        data,
        site,
        figurePages: countPages(join(siteDir, 'dist/data/figures')),
        pages: countPages(join(siteDir, 'dist')),
        phases: site ? astroPhases(site.output) : null,
      };
      steps.push(step);
      options.onStep?.(step);
      if (!data.ok || !site?.ok) break;
    }
  } finally {
    restoreRecords(recordsDir, real);
  }
  return steps;
}
