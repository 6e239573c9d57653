/**
 * Charts from @ua-drones/charts, rendered to inline SVG at build time, each from the records its
 * registry entry selects from the data.
 */
import { resolve } from 'node:path';
import { charts, type RegisteredChart, tableToCsv } from '@ua-drones/charts';
import { createDocument, renderToString } from '@ua-drones/charts/ssr';
import { events, figures, partnerships } from './data.ts';
import { typographic, typographicMarkup } from './format.ts';
import { readChapter } from './parse-chapter.ts';

export interface RenderedChart {
  name: string;
  title: string;
  /** The chart's own text description of what it shows (also its SVG <desc>). */
  description: string;
  /** What is measured and in what unit: the line under the figure's headline. */
  subtitle: string | undefined;
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
  // Set as the chapters are: the package's words and the data's names keep straight apostrophes.
  const svg = typographicMarkup(renderToString(drawing));
  const inlineSvg = typographicMarkup(
    renderToString(
      chart.render(records, { ...options, document: createDocument(), stylesheet: false }),
    ),
  );
  const table = chart.toTable(records);
  const subtitle = chart.subtitle(records);
  const rendered: RenderedChart = {
    name,
    title: typographic(chart.title),
    description: typographic(chart.describe(records)),
    subtitle: subtitle === undefined ? undefined : typographic(subtitle),
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

const figuresByPage = new Map<string, ReadonlyMap<string, number>>();

/**
 * Numbers the charts of a page's chapters, given in the order the page renders them: figure 1 is
 * the first `<Chart>`. Chart.astro prints the number and `<FigRef>` refers to it, both from here,
 * so the label and the reference cannot disagree. Numbers are text, not a CSS counter: Paged.js
 * copies the report's container onto every PDF page, and a counter on it restarted on each.
 * Throws, naming file and line, on a `<FigRef>` to a chart that none of these chapters draws.
 */
export function numberFigures(page: string, files: readonly string[]): void {
  const chapters = files.map((file) => readChapter(resolve(process.cwd(), file), file));
  const numbers = new Map<string, number>();
  for (const use of chapters.flatMap((c) => c.components)) {
    const name = use.attributes.name;
    if (use.name === 'Chart' && name !== undefined && !numbers.has(name)) {
      numbers.set(name, numbers.size + 1);
    }
  }
  for (const use of chapters.flatMap((c) => c.components)) {
    if (use.name !== 'FigRef') continue;
    const name = use.attributes.name;
    const where = `${use.file}:${use.line}:${use.column} <FigRef name="${name ?? ''}" />`;
    if (name === undefined) throw new Error(`${where} needs a name written as a literal string`);
    if (!hasChart(name)) {
      throw new Error(`${where}: no chart "${name}"; known charts: ${chartNames().join(', ')}`);
    }
    if (!numbers.has(name)) {
      throw new Error(
        `${where}: chart "${name}" is not drawn on ${page}; its figures: ${[...numbers.keys()].join(', ') || 'none'}`,
      );
    }
  }
  figuresByPage.set(page, numbers);
}

/** The figure number of chart `name` on `page`; undefined on a page that numbers no figures. */
export function figureNumber(page: string, name: string): number | undefined {
  const numbers = figuresByPage.get(page);
  if (!numbers) return undefined;
  const n = numbers.get(name);
  if (n === undefined) {
    throw new Error(
      `chart "${name}" on ${page} has no figure number: write it as a literal <Chart name="${name}" /> in a chapter, where the build can see it`,
    );
  }
  return n;
}
