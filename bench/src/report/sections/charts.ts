import { addSizes, sizesOf, ZERO } from '../../lib/sizes.ts';
import { median } from '../../lib/stats.ts';
import { ms, sizeCells, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';

/** Server-side render time and SVG size of each chart of the registry. */
export function renderCharts(results: Results): string[] {
  const charts = ok(results.sections.charts);
  const lines = ['## Charts rendered on the server', ''];
  if (charts) {
    const total = charts.results.reduce((sum, c) => sum + c.firstMs, 0);
    const warmTotal = charts.results.reduce((sum, c) => sum + median(c.warmMs), 0);
    const allSvg = charts.results.map((c) => sizesOf(c.svg)).reduce(addSizes, ZERO);
    lines.push(
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
          ...charts.results.map((c) => [
            c.name,
            ms(c.firstMs),
            `${ms(c.firstDrawMs)} / ${ms(c.firstSerializeMs)}`,
            ms(median(c.warmMs)),
            ...sizeCells(sizesOf(c.svg)),
          ]),
          ['All', ms(total), '', ms(warmTotal), ...sizeCells(allSvg)],
        ],
      ),
      '',
    );
  }
  return [...lines, ...outcomeNote('Charts', results.sections.charts)];
}
