import { afterAll, describe, test } from 'vitest';
import { expectNone, writeFindings } from '../dist/lib/findings.ts';
import { distDir, listPages } from '../dist/lib/site-dist.ts';
import { runAxe, violationLines } from './lib/axe.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// Every page of the build, in light and dark: WCAG 2.2 AA by axe-core, no console errors, no failed
// requests, and no request to any origin but the local server.
const pages = await listPages(distDir, base);
const cases = pages.flatMap((page) =>
  (['light', 'dark'] as const).map((scheme) => ({ path: page.path, scheme })),
);
const session = siteSession();
const findings: Record<
  string,
  { axe: number; console: number; failed: number; foreign: number; lines: string[] }
> = {};

afterAll(async () => {
  const total = (key: 'axe' | 'console' | 'failed' | 'foreign') =>
    Object.values(findings).reduce((sum, f) => sum + f[key], 0);
  await writeFindings('pages', {
    pages: pages.length,
    runs: Object.keys(findings).length,
    findings,
  });
  console.info(
    `pages: ${pages.length} pages × light/dark = ${Object.keys(findings).length} runs; axe violations (elements) ${total('axe')}, console errors ${total('console')}, failed requests ${total('failed')}, requests to other origins ${total('foreign')}`,
  );
});

describe.concurrent('every page, light and dark', () => {
  test.for(cases)('$path ($scheme)', { timeout: 120_000 }, async ({ path, scheme }) => {
    const { page, context, trouble } = await openPage(session, path, { colorScheme: scheme });
    try {
      const axe = violationLines(await runAxe(page));
      const lines = [
        ...axe.map((line) => `axe ${line}`),
        ...trouble.consoleErrors.map((line) => `console error: ${line}`),
        ...trouble.failedRequests.map((line) => `failed request: ${line}`),
        ...trouble.foreignRequests.map((line) => `request to another origin: ${line}`),
      ];
      findings[`${path} (${scheme})`] = {
        axe: axe.length,
        console: trouble.consoleErrors.length,
        failed: trouble.failedRequests.length,
        foreign: trouble.foreignRequests.length,
        lines,
      };
      expectNone(`${path} in ${scheme} mode`, lines);
    } finally {
      await context.close();
    }
  });
});
