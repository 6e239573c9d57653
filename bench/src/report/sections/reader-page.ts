import { REPORT_PAGE } from '@ua-drones/budgets';
import { SERVED_AS } from '../../lib/serve.ts';
import { addSizes, ZERO } from '../../lib/sizes.ts';
import type { PageBytes } from '../../sections/reader.ts';
import { kb, sizeCells, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';
import { budgeted, bytesTable, reportPageBytes, requestsLine } from './page-bytes.ts';

/** The page's weight as its budgets count it: fonts apart from the HTML, CSS and JS. */
function budgetLine(bytes: PageBytes): string {
  const { page, fonts } = budgeted(bytes);
  return `Against its budgets: HTML, CSS and JS ${kb(page.gzip)} gzip of ${kb(REPORT_PAGE.totalGzipBytes)}; fonts ${kb(fonts.bytes)} woff2 of ${kb(REPORT_PAGE.fontWoff2Bytes)}.`;
}

/** What the report page weighs, part by part and chart by chart. */
export function renderReaderPage(results: Results): string[] {
  const pages = ok(results.sections.pages);
  const report = reportPageBytes(results);
  const lines = ['## The reader’s page', ''];
  if (pages && report) {
    lines.push(
      `The report page (\`${pages.report}\`) as built, served by the bench ${SERVED_AS}. The table sizes every response body the browser received on load, raw, gzip (level 9) and brotli (quality 11).`,
      '',
      bytesTable(report),
      '',
      requestsLine(report),
      `JS run by the page (inline plus files): ${kb(report.js.raw)} raw, ${kb(report.js.gzip)} gzip.`,
      budgetLine(report),
      '',
    );
    if (report.chartSvg.length > 0)
      lines.push(
        table(
          ['Chart on the page', 'SVG raw', 'gzip', 'brotli'],
          [
            ...report.chartSvg.map((c) => [c.name, ...sizeCells(c.sizes)]),
            [
              'All charts',
              ...sizeCells(report.chartSvg.reduce((sum, c) => addSizes(sum, c.sizes), ZERO)),
            ],
          ],
        ),
        '',
      );
    else lines.push('The report page has no charts yet.', '');
  }
  return [
    ...lines,
    ...outcomeNote('Page bytes', results.sections.bytes),
    ...outcomeNote('Pages', results.sections.pages),
  ];
}
