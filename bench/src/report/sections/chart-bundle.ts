import { type ChartBundleResult, PAGES } from '../../sections/chart-bundle.ts';
import { kb, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';

const ROWS = [
  ['oneChart', 'One chart by name and its table (the charts README’s browser example)'],
  ['plotAlone', 'Observable Plot alone, drawing one bar chart'],
  ['registry', '`import * as data` and the `charts` registry, drawing the same chart'],
] as const;

/** The three pages' sizes and what the one-chart page carries beside Plot, in Markdown. */
export function chartBundleLines(bundle: ChartBundleResult): string[] {
  return [
    'Each page is built with Vite’s defaults (minified, tree-shaken) from the workspace’s packages; sizes are of its one script.',
    '',
    table(
      ['Page', 'Raw', 'gzip', 'brotli'],
      ROWS.map(([key, label]) => [
        label,
        kb(bundle[key].raw),
        kb(bundle[key].gzip),
        kb(bundle[key].brotli),
      ]),
    ),
    '',
    `The one-chart page carries ${kb(bundle.oneChart.gzip - bundle.plotAlone.gzip)} gzip beside Plot; the registry adds ${kb(bundle.registry.gzip - bundle.oneChart.gzip)} more. The one-chart page:`,
    '',
    '```js',
    PAGES.oneChart.trim(),
    '```',
    '',
  ];
}

/** What a browser page pays for one chart, beside Plot alone and the registry. */
export function renderChartBundle(results: Results): string[] {
  const bundle = ok(results.sections.bundle);
  return [
    '## One chart in a browser bundle',
    '',
    ...(bundle ? chartBundleLines(bundle) : []),
    ...outcomeNote('One-chart bundle', results.sections.bundle),
  ];
}
