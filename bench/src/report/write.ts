/** Turns the results into BENCHMARKS.md: targets first, then each measurement with its method. */
import type { Results } from './results.ts';
import { renderBuilds } from './sections/builds.ts';
import { renderChartBundle } from './sections/chart-bundle.ts';
import { renderCharts } from './sections/charts.ts';
import { renderDataPackage } from './sections/data-package.ts';
import { renderGrowth } from './sections/growth.ts';
import { renderHeader } from './sections/header.ts';
import { renderHeadline } from './sections/headline.ts';
import { renderHowToRun } from './sections/how-to-run.ts';
import { renderLighthouse } from './sections/lighthouse.ts';
import { renderReaderPage } from './sections/reader-page.ts';
import { renderSideBySide } from './sections/side-by-side.ts';
import { renderTargets } from './sections/targets.ts';

/** The report's sections in order; each renders its lines from the results. */
const RENDERERS: ReadonlyArray<(results: Results) => string[]> = [
  renderHeader,
  renderTargets,
  renderHeadline,
  renderReaderPage,
  renderSideBySide,
  renderLighthouse,
  renderCharts,
  renderDataPackage,
  renderChartBundle,
  renderBuilds,
  renderGrowth,
  renderHowToRun,
];

export function writeReport(results: Results): string {
  const lines = RENDERERS.flatMap((render) => render(results));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
