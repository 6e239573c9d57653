/**
 * Charts from @ua-drones/charts, rendered to inline SVG at build time. The site picks each chart's
 * records from what the chart says it expects (record kind and measures); the chart draws them.
 */
import { charts } from '@ua-drones/charts';
import { createDocument, renderToString } from '@ua-drones/charts/ssr';
import { csvFormatRows } from 'd3-dsv';
import { events, figures, partnerships } from './data.ts';

type Registry = typeof charts;
type Chart = Registry[keyof Registry];
type Records = Parameters<Chart['render']>[0];

export interface RenderedChart {
  name: string;
  title: string;
  /** The chart's own text description of what it shows (also its SVG <desc>). */
  description: string;
  svg: string;
  columns: ReadonlyArray<{ key: string; label: string }>;
  rows: ReadonlyArray<Record<string, string | number | null>>;
  /** Source ids of the records drawn, in order of first appearance. */
  sources: string[];
}

export function chartNames(): string[] {
  return Object.keys(charts).sort();
}

export function hasChart(name: string): boolean {
  return Object.hasOwn(charts, name);
}

function chartByName(name: string): Chart {
  if (!hasChart(name)) {
    throw new Error(`unknown chart "${name}"; known charts: ${chartNames().join(', ')}`);
  }
  return (charts as Record<string, Chart>)[name] as Chart;
}

/** The records a chart expects: figures of its measures, or all events / partnerships. */
export function recordsFor(chart: Chart): Records {
  const { kind, measures } = chart.expects;
  const kinds: readonly string[] = typeof kind === 'string' ? [kind] : kind;
  const picked = [
    ...(kinds.includes('figure')
      ? figures.filter((f) => measures === undefined || measures.includes(f.measure))
      : []),
    ...(kinds.includes('event') ? events : []),
    ...(kinds.includes('partnership') ? partnerships : []),
  ];
  return picked as unknown as Records;
}

const cache = new Map<string, RenderedChart>();

export function renderChart(name: string): RenderedChart {
  const cached = cache.get(name);
  if (cached) return cached;
  const chart = chartByName(name);
  const records = recordsFor(chart);
  // The page shows title and source in its own <figcaption>; the SVG keeps <title> and <desc>.
  const svg = renderToString(
    chart.render(records as never, {
      document: createDocument(),
      headings: false,
      idPrefix: `${name}-`,
    }),
  );
  const table = chart.toTable(records as never);
  const rendered: RenderedChart = {
    name,
    title: chart.title,
    description: chart.describe(records as never),
    svg,
    columns: table.columns,
    rows: table.rows,
    sources: [...new Set((records as ReadonlyArray<{ source: string }>).map((r) => r.source))],
  };
  cache.set(name, rendered);
  return rendered;
}

/** Standalone SVG file: the inline markup plus the XML declaration. */
export function chartSvgFile(name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderChart(name).svg}\n`;
}

export function chartCsv(chart: RenderedChart): string {
  const body = chart.rows.map((row) => chart.columns.map((c) => row[c.key] ?? ''));
  return `${csvFormatRows([chart.columns.map((c) => c.label), ...body.map((r) => r.map(String))])}\n`;
}

export function chartJson(chart: RenderedChart): string {
  return `${JSON.stringify({ chart: chart.name, title: chart.title, columns: chart.columns, rows: chart.rows }, null, 2)}\n`;
}
