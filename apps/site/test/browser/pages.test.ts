import { afterAll, describe, test } from 'vitest';
import { expectNone, writeFindings } from '../built/lib/findings.ts';
import { distDir, listPages } from '../built/lib/site-dist.ts';
import { runAxe, violationLines } from './lib/axe.ts';
import { browserChecksOn } from './lib/browser-checks.ts';
import { chartNames, inspectCharts } from './lib/charts.ts';
import { focusableCount, tabThrough } from './lib/keyboard.ts';
import { limit } from './lib/limit.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';
import { markTargets, type TargetCounts, targetNames } from './lib/targets.ts';

// Every page of the build, loaded once in light and once in dark mode (so a theme chosen by script
// at load time is exercised too). In both: axe-core at WCAG 2.2 AA, no console errors, no failed
// requests, no request to another origin. In light mode, also: every citation marker, chart table
// toggle and TOC link reachable by Tab and visibly focused; then at 375 px, every chart SVG visible,
// not clipped, and named. A page without markers, toggles, TOC or charts has nothing to check
// there; its counts are recorded as zero in artifacts/site/findings/pages.json.
const pages = await listPages(distDir, base);
const session = siteSession();
const slot = limit(2);

type Check = 'axe' | 'console' | 'requests' | 'keyboard' | 'charts';
interface PageFindings {
  lines: Record<Check, string[]>;
  targets: TargetCounts;
  /** Targets inside a closed <details>: not tabbable until it is opened, so not tabbed to. */
  insideClosedDetails: string[];
  charts: number;
  chartNames: string[];
}
const findings: Record<string, PageFindings> = {};

afterAll(async () => {
  if (!browserChecksOn) return;
  const all = Object.values(findings);
  const count = (check: Check) => all.reduce((n, f) => n + f.lines[check].length, 0);
  const targets = (kind: keyof TargetCounts) => all.reduce((n, f) => n + f.targets[kind], 0);
  await writeFindings('pages', { pages: pages.length, findings });
  console.info(
    [
      `pages: ${all.length} of ${pages.length} pages checked in light and dark`,
      `axe violations (element × mode) ${count('axe')}`,
      `console errors ${count('console')}`,
      `failed or foreign requests ${count('requests')}`,
      `keyboard: ${targets('citation marker')} citation markers, ${targets('chart table toggle')} chart table toggles, ${targets('TOC link')} TOC links, ${count('keyboard')} problems`,
      `charts at 375 px: ${all.reduce((n, f) => n + f.charts, 0)} SVGs on ${all.filter((f) => f.charts > 0).length} pages, ${count('charts')} problems`,
    ].join('; '),
  );
});

describe.concurrent('every page', () => {
  test.for(pages)('$path', { timeout: 300_000 }, ({ path }) =>
    slot(async () => {
      const lines: Record<Check, string[]> = {
        axe: [],
        console: [],
        requests: [],
        keyboard: [],
        charts: [],
      };
      const result: PageFindings = {
        lines,
        targets: { 'citation marker': 0, 'chart table toggle': 0, 'TOC link': 0 },
        insideClosedDetails: [],
        charts: 0,
        chartNames: [],
      };
      findings[path] = result;
      for (const scheme of ['dark', 'light'] as const) {
        const { page, context, trouble } = await openPage(session, path, { colorScheme: scheme });
        try {
          lines.axe.push(...violationLines(await runAxe(page)).map((l) => `axe ${scheme}: ${l}`));
          if (scheme === 'light') {
            const { counts, insideClosedDetails } = await markTargets(page);
            result.targets = counts;
            result.insideClosedDetails = insideClosedDetails;
            const wanted = new Set(await targetNames(page));
            if (wanted.size > 0) {
              const stops = await tabThrough(page, wanted, (await focusableCount(page)) + 10);
              const reached = new Set<string>();
              for (const stop of stops.filter((s) => s.target !== null)) {
                const name = stop.target as string;
                reached.add(name);
                if (!stop.indicator)
                  lines.keyboard.push(`${name}: no visible focus (no outline, no box-shadow)`);
                if (!stop.onScreen) lines.keyboard.push(`${name}: focused but not on screen`);
              }
              for (const name of wanted) {
                if (!reached.has(name)) lines.keyboard.push(`${name}: not reachable by Tab`);
              }
            }
            await page.setViewportSize({ width: 375, height: 812 });
            const charts = await inspectCharts(page);
            result.charts = charts.length;
            result.chartNames = await chartNames(page);
            charts.forEach((chart, i) => {
              lines.charts.push(...chart.problems.map((p) => `${chart.name} at 375 px: ${p}`));
              if (!result.chartNames[i]) lines.charts.push(`${chart.name}: no accessible name`);
            });
          }
        } finally {
          await context.close();
        }
        lines.console.push(...trouble.consoleErrors.map((l) => `${scheme}: ${l}`));
        lines.requests.push(
          ...trouble.failedRequests.map((l) => `${scheme}: failed request ${l}`),
          ...trouble.foreignRequests.map((l) => `${scheme}: request to another origin ${l}`),
        );
      }
      expectNone(
        path,
        Object.entries(lines).flatMap(([check, list]) => list.map((line) => `[${check}] ${line}`)),
      );
    }),
  );
});
