import { afterAll, describe, test } from 'vitest';
import { expectNone, writeFindings } from '../dist/lib/findings.ts';
import { distDir, listPages } from '../dist/lib/site-dist.ts';
import { chartNames, inspectCharts } from './lib/charts.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// On a 375 px phone: every chart SVG is visible, has a size, is not clipped, and has an accessible
// name. Pages without a chart have nothing to check (recorded with a count of zero).
const pages = await listPages(distDir, base);
const session = siteSession();
const findings: Record<string, { charts: number; names: string[]; problems: string[] }> = {};

afterAll(async () => {
  await writeFindings('charts', findings);
  const values = Object.values(findings);
  const charts = values.reduce((n, f) => n + f.charts, 0);
  const problems = values.reduce((n, f) => n + f.problems.length, 0);
  console.info(
    `charts at 375 px: ${pages.length} pages, ${values.filter((f) => f.charts > 0).length} with charts, ${charts} chart SVGs, ${problems} problems`,
  );
});

describe.concurrent('charts at 375 px', () => {
  test.for(pages)('$path', { timeout: 120_000 }, async ({ path }) => {
    const { page, context } = await openPage(session, path, {
      viewport: { width: 375, height: 812 },
    });
    try {
      const reports = await inspectCharts(page);
      const names = await chartNames(page);
      const problems = reports.flatMap((chart, i) => [
        ...chart.problems.map((problem) => `${chart.name}: ${problem}`),
        ...(names[i] ? [] : [`${chart.name}: no accessible name`]),
      ]);
      findings[path] = { charts: reports.length, names, problems };
      expectNone(`${path}: chart problems at 375 px`, problems);
    } finally {
      await context.close();
    }
  });
});
