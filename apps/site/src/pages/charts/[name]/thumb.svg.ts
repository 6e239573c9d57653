import type { APIRoute, GetStaticPaths } from 'astro';
import { chartThumb, hasThumb } from '../../../lib/chart-thumb.ts';
import { chartNames } from '../../../lib/charts.ts';

/** A chart's marks without its words, for the report's lead figure and the charts index. */
export const getStaticPaths = (() =>
  chartNames()
    .filter(hasThumb)
    .map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartThumb(params.name as string)).svg, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
