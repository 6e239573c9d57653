/**
 * Charts from @ua-drones/charts, rendered to inline SVG at build time, each from the records its
 * registry entry selects from the data.
 */
import { charts, type RegisteredChart, tableToCsv } from '@ua-drones/charts';
import { createDocument, renderToString } from '@ua-drones/charts/ssr';
import { events, figures, partnerships } from './data.ts';

export interface RenderedChart {
  name: string;
  title: string;
  /** The chart's own text description of what it shows (also its SVG <desc>). */
  description: string;
  /** Standalone SVG: it carries its stylesheet. */
  svg: string;
  /** The same SVG for a page of this site, which styles charts from site.css (charts.css). */
  inlineSvg: string;
  /** Height over width of the drawing (its viewBox). */
  aspect: number;
  columns: ReadonlyArray<{ key: string; label: string }>;
  rows: ReadonlyArray<Record<string, string | number | null>>;
  /** Source ids of the records drawn, in order of first appearance: the chart's [1], [2] … */
  sources: string[];
}

export function chartNames(): string[] {
  return Object.keys(charts).sort();
}

export function hasChart(name: string): boolean {
  return Object.hasOwn(charts, name);
}

function chartByName(name: string): RegisteredChart {
  if (!hasChart(name)) {
    throw new Error(`unknown chart "${name}"; known charts: ${chartNames().join(', ')}`);
  }
  return (charts as Record<string, RegisteredChart>)[name] as RegisteredChart;
}

const cache = new Map<string, RenderedChart>();

export function renderChart(name: string): RenderedChart {
  const cached = cache.get(name);
  if (cached) return cached;
  const chart = chartByName(name);
  const records = chart.select({ figures, events, partnerships });
  // The page shows title and source in its own <figcaption>; the SVG keeps <title> and <desc>.
  const options = { headings: false, idPrefix: `chart-${name}` };
  const drawing = chart.render(records, { ...options, document: createDocument() });
  const [, , width = 1, height = 0] = (drawing.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);
  const svg = renderToString(drawing);
  const inlineSvg = renderToString(
    chart.render(records, { ...options, document: createDocument(), stylesheet: false }),
  );
  const table = chart.toTable(records);
  const rendered: RenderedChart = {
    name,
    title: chart.title,
    description: chart.describe(records),
    svg,
    inlineSvg,
    aspect: height / width,
    columns: table.columns,
    rows: table.rows,
    sources: [...new Set(records.map((r) => r.source))],
  };
  cache.set(name, rendered);
  return rendered;
}

/** Standalone SVG file: the inline markup plus the XML declaration. */
export function chartSvgFile(name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderChart(name).svg}\n`;
}

export function chartCsv(chart: RenderedChart): string {
  return tableToCsv({ columns: chart.columns, rows: chart.rows });
}

export function chartJson(chart: RenderedChart): string {
  return `${JSON.stringify({ chart: chart.name, title: chart.title, columns: chart.columns, rows: chart.rows }, null, 2)}\n`;
}
