/**
 * Run in a fresh Node process: renders every registered chart the way the site does and prints
 * JSON timings. Argument: the workspace root whose built packages to use.
 *   node render-charts.ts <workspace> <runs>
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Chart {
  render(records: unknown[], options: object): Element;
  select(data: object): unknown[];
}

const [workspace = '', runsArg = '5'] = process.argv.slice(2);
const load = (path: string) => import(pathToFileURL(join(workspace, path)).href);
const started = performance.now();
const { charts } = (await load('packages/charts/dist/index.js')) as {
  charts: Record<string, Chart>;
};
const { createDocument, renderToString } = (await load('packages/charts/dist/ssr.js')) as {
  createDocument(): Document;
  renderToString(svg: Element): string;
};
const data = await load('packages/data/dist/index.js');
const importMs = performance.now() - started;

function renderOnce(name: string, chart: Chart) {
  const t0 = performance.now();
  const element = chart.render(chart.select(data), {
    document: createDocument(),
    headings: false,
    idPrefix: `${name}-`,
  });
  const t1 = performance.now();
  const svg = renderToString(element);
  const t2 = performance.now();
  return { drawMs: t1 - t0, serializeMs: t2 - t1, svg };
}

const results = Object.entries(charts).map(([name, chart]) => {
  const first = renderOnce(name, chart);
  const again = Array.from({ length: Number(runsArg) }, () => renderOnce(name, chart));
  return {
    name,
    firstMs: first.drawMs + first.serializeMs,
    firstDrawMs: first.drawMs,
    firstSerializeMs: first.serializeMs,
    warmMs: again.map((r) => r.drawMs + r.serializeMs),
    warmDrawMs: again.map((r) => r.drawMs),
    warmSerializeMs: again.map((r) => r.serializeMs),
    svg: first.svg,
  };
});
process.stdout.write(JSON.stringify({ importMs, results }));
