/**
 * The pages the reader-side measurements load, in one folder served as a site: the built site
 * itself, plus the client-side baseline the bench builds (never shipped).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type ChartSlot, htmlParts, splice } from '../lib/html.ts';

export interface BenchPages {
  /** Folder to serve: a copy of the built site plus the bench's pages. */
  root: string;
  /** Path of the report page. */
  report: string;
  /** Path of the page with server-rendered charts that the baseline is compared with. */
  ssr: string;
  /** Path of the baseline page: the same page, its charts drawn in the browser by Plot. */
  baseline: string;
  /** The charts on the compared pages, in page order. */
  charts: string[];
  /** Why the compared page is not the report page, when it is not. */
  ssrNote: string | null;
}

const BASELINE = '/bench-baseline/';
const COMPOSED = '/bench-ssr/';
const TABLES = ['figures', 'events', 'partnerships'] as const;

/**
 * The script of the baseline, as an Observable Framework page or a notebook does it: load the
 * data as JSON files, then draw every chart in the browser with the same chart code and
 * selection as the site (the charts package's registry), into the place the SVG had.
 */
const BASELINE_ENTRY = `
import { charts } from '@ua-drones/charts';
const table = (name) => fetch(new URL('./data/' + name + '.json', import.meta.url)).then((r) => r.json());
const [${TABLES.join(', ')}] = await Promise.all([${TABLES.map((t) => `table('${t}')`).join(', ')}]);
const data = { ${TABLES.join(', ')} };
for (const slot of document.querySelectorAll('figure[data-chart] .chart-svg')) {
  const name = slot.closest('figure').dataset.chart;
  const chart = charts[name];
  slot.append(chart.render(chart.select(data), { headings: false, idPrefix: name + '-' }));
}
`;

function insertBefore(html: string, closingTag: string, text: string): string {
  const at = html.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`page has no ${closingTag}`);
  return html.slice(0, at) + text + html.slice(at);
}

/**
 * The report page when it shows charts; otherwise the report page with every chart page's
 * <figure> appended, so the comparison still covers every chart the site renders.
 */
function comparedPage(siteDist: string, reportHtml: string) {
  const slots = htmlParts(reportHtml).charts;
  if (slots.length > 0) return { html: reportHtml, slots, composed: false };
  const chartsDir = join(siteDist, 'charts');
  const figures: string[] = [];
  const names = existsSync(chartsDir)
    ? readdirSync(chartsDir).filter((name) => existsSync(join(chartsDir, name, 'index.html')))
    : [];
  for (const name of names.sort()) {
    const page = readFileSync(join(chartsDir, name, 'index.html'), 'utf8');
    for (const slot of htmlParts(page).charts)
      figures.push(page.slice(slot.figure.start, slot.figure.end));
  }
  const html = insertBefore(reportHtml, '</main>', figures.join('\n'));
  return { html, slots: htmlParts(html).charts, composed: true };
}

function baselineHtml(html: string, slots: readonly ChartSlot[]): string {
  const emptied = splice(
    html,
    slots.map((slot) => {
      if (!slot.svgContainerInner)
        throw new Error(`chart "${slot.name}" has no .chart-svg container`);
      return { ...slot.svgContainerInner, text: '' };
    }),
  );
  return insertBefore(
    emptied,
    '</head>',
    `<script type="module" src="${BASELINE}charts.js"></script>`,
  );
}

export async function preparePages(options: {
  siteDist: string;
  dataDist: string;
  /** Where '@ua-drones/charts' resolves from when bundling the baseline. */
  resolveDir: string;
  out: string;
}): Promise<BenchPages> {
  const { siteDist, dataDist, resolveDir, out } = options;
  cpSync(siteDist, out, { recursive: true });
  const reportHtml = readFileSync(join(siteDist, 'index.html'), 'utf8');
  const compared = comparedPage(siteDist, reportHtml);
  if (compared.slots.length === 0)
    throw new Error('no chart found on the report page or under /charts/');
  let ssr = '/';
  if (compared.composed) {
    mkdirSync(join(out, COMPOSED), { recursive: true });
    writeFileSync(join(out, COMPOSED, 'index.html'), compared.html);
    ssr = COMPOSED;
  }
  const baselineDir = join(out, BASELINE);
  mkdirSync(join(baselineDir, 'data'), { recursive: true });
  writeFileSync(join(baselineDir, 'index.html'), baselineHtml(compared.html, compared.slots));
  for (const table of TABLES)
    cpSync(join(dataDist, `${table}.json`), join(baselineDir, 'data', `${table}.json`));
  await build({
    stdin: { contents: BASELINE_ENTRY, resolveDir, loader: 'js', sourcefile: 'baseline.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(baselineDir, 'charts.js'),
    logLevel: 'error',
  });
  return {
    root: out,
    report: '/',
    ssr,
    baseline: BASELINE,
    charts: compared.slots.map((slot) => slot.name),
    ssrNote: compared.composed
      ? 'the report page has no charts yet, so the compared page is the report page with every chart page’s figure appended'
      : null,
  };
}
