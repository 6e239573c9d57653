import { afterAll, describe, expect, test } from 'vitest';
import { expectNone, writeFindings } from '../built/lib/findings.ts';
import { distDir, listPages, siteRoot } from '../built/lib/site-dist.ts';
import { runAxe, violationLines } from './lib/axe.ts';
import { browserChecksOn } from './lib/browser-checks.ts';
import { chartNames, inspectCharts } from './lib/charts.ts';
import { focusableCount, tabThrough } from './lib/keyboard.ts';
import { limit } from './lib/limit.ts';
import { staticInventory } from './lib/no-js.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';
import { markTargets, type TargetCounts, targetNames } from './lib/targets.ts';
import { pagesDir, pageTemplates } from './lib/templates.ts';

// The sweep scales with templates, not pages. One page of each template (a file under src/pages)
// is loaded in light and in dark mode (so a theme chosen by script at load time is exercised too):
// axe-core at WCAG 2.2 AA, no console error, no failed or foreign request in both; in light mode,
// every citation marker, chart table toggle and TOC link reachable by Tab and visibly focused,
// then at 375 px every chart SVG visible, not clipped and named. Every page of the build is then
// loaded once without JavaScript: no failed request, no request to another origin, and its
// headings, contents links, charts and citation markers are there.
const pages = await listPages(distDir, base);
const { templates, unmatched } = await pageTemplates(pagesDir(siteRoot), pages, base);
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
const everyPage: Record<string, string[]> = {};
const noLines = (): Record<Check, string[]> => ({
  axe: [],
  console: [],
  requests: [],
  keyboard: [],
  charts: [],
});

afterAll(async () => {
  if (!browserChecksOn) return;
  const all = Object.values(findings);
  const count = (check: Check) => all.reduce((n, f) => n + f.lines[check].length, 0);
  const targets = (kind: keyof TargetCounts) => all.reduce((n, f) => n + f.targets[kind], 0);
  await writeFindings('pages', {
    templates: templates.map((t) => ({ file: t.file, pages: t.pages.length })),
    findings,
    everyPage,
  });
  console.info(
    [
      `templates: ${all.length} of ${templates.length} checked in light and dark`,
      `axe violations (element × mode) ${count('axe')}`,
      `keyboard: ${targets('citation marker')} citation markers, ${targets('chart table toggle')} chart table toggles, ${targets('TOC link')} TOC links, ${count('keyboard')} problems`,
      `charts at 375 px: ${all.reduce((n, f) => n + f.charts, 0)} SVGs on ${all.filter((f) => f.charts > 0).length} pages, ${count('charts')} problems`,
      `every page: ${Object.keys(everyPage).length} of ${pages.length} loaded without JavaScript, ${Object.values(everyPage).flat().length} problems`,
    ].join('; '),
  );
});

test('every built page comes from a template, and every template renders a page', () => {
  expectNone(
    'built pages that no file under src/pages explains',
    unmatched.map((p) => p.path),
  );
  expectNone(
    'templates that rendered no page',
    templates.filter((t) => t.pages.length === 0).map((t) => `src/pages/${t.file}`),
  );
  expect(templates.length).toBeGreaterThan(1);
});

const firstPages = templates.flatMap((t) =>
  t.pages[0] ? [{ template: t.file, path: t.pages[0].path }] : [],
);

describe.concurrent('one page of each template', () => {
  test.for(firstPages)('$template ($path)', { timeout: 300_000 }, ({ path }) =>
    slot(async () => {
      const lines = noLines();
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

// A page's scripts are its template's, so console errors are looked for on each template's page
// (above, in both modes); what differs page by page is the content, so every page is loaded once,
// without JavaScript, as a reader without it gets it.
describe.concurrent('every page, without JavaScript', () => {
  test.for(pages)('$path', { timeout: 120_000 }, ({ path }) =>
    slot(async () => {
      const { page, context, trouble } = await openPage(session, path, {
        javaScriptEnabled: false,
      });
      let problems: string[];
      try {
        problems = (await staticInventory(page, { report: false })).problems;
      } finally {
        await context.close();
      }
      problems.push(
        ...trouble.failedRequests.map((l) => `failed request ${l}`),
        ...trouble.foreignRequests.map((l) => `request to another origin ${l}`),
      );
      everyPage[path] = problems;
      expectNone(`${path} without JavaScript`, problems);
    }),
  );
});
