import type { APIRoute, GetStaticPaths } from 'astro';
import { chartImage } from '../../lib/chart-image.ts';
import { chartCsv, chartJson, chartNames, chartSvgFile, renderChart } from '../../lib/charts.ts';

const TYPES = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
} as const;
type Ext = keyof typeof TYPES;

/** Exactly the data one chart draws (CSV, JSON), its SVG and its PNG, for the chart's download links. */
export const getStaticPaths = (() =>
  chartNames().flatMap((name) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({ params: { name, ext } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as string;
  const ext = params.ext as Ext;
  const chart = renderChart(name);
  const body =
    ext === 'png'
      ? new Uint8Array((await chartImage(name)).png)
      : ext === 'svg'
        ? chartSvgFile(name)
        : ext === 'csv'
          ? chartCsv(chart)
          : chartJson(chart);
  return new Response(body, { headers: { 'Content-Type': TYPES[ext] } });
};
