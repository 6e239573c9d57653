import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'playwright-core';
import { afterAll, describe, test } from 'vitest';
import { expectNone, writeFindings } from '../built/lib/findings.ts';
import { publishedChapters, reportPages } from '../built/lib/report-pages.ts';
import { distDir, listPages, siteRoot } from '../built/lib/site-dist.ts';
import { browserChecksOn } from './lib/browser-checks.ts';
import { isInView, type StaticInventory, staticInventory } from './lib/no-js.ts';
import { CHART_TABLE_TOGGLE, CITATION_MARKER, TOC_LINKS } from './lib/selectors.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// With JavaScript off, the report's text, charts, notes and table of contents are there and work:
// TOC links and citation markers jump to their targets, chart tables open.
const reportDir = join(siteRoot, 'src/content/report');
const chapters = await publishedChapters(reportDir);
const citing = (
  await Promise.all(chapters.map((chapter) => readFile(join(reportDir, chapter.file), 'utf8')))
).some((text) => /<(Fig|Q|Cite|When|Conflict)\b/.test(text));
const { pages: reports, missing } = await reportPages(await listPages(distDir, base), chapters);
const session = siteSession();
const findings: Record<string, StaticInventory & { clicked: number }> = {};

afterAll(async () => {
  if (!browserChecksOn) return;
  await writeFindings('no-js', {
    chapters,
    missing,
    reportPages: reports.map((p) => p.path),
    findings,
  });
  console.info(
    `no-js: ${chapters.length} published chapters, ${reports.length} report pages; ${Object.entries(
      findings,
    )
      .map(
        ([path, f]) =>
          `${path}: ${f.words} words, ${f.tocLinks} TOC links, ${f.charts} charts, ${f.markers} markers, ${f.clicked} clicks, ${f.problems.length} problems`,
      )
      .join('; ')}`,
  );
});

test('every published chapter appears as a heading on a built page', () => {
  // Without published chapters (all drafts or samples) there is no report page to find.
  expectNone(
    'published chapters whose title is not a heading on any page',
    missing.map((c) => `src/content/report/${c.file}: "${c.title}"`),
  );
});

/** Clicks each element and reports those whose target is not brought into view. */
async function clickEach(page: Page, handles: ElementHandle[], what: string): Promise<string[]> {
  const problems: string[] = [];
  for (const handle of handles) {
    const hash = await handle.evaluate((a) =>
      decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)),
    );
    await handle.click();
    if (!(await isInView(page, hash)))
      problems.push(`${what} to #${hash}: target not in view after the click`);
  }
  return problems;
}

describe.concurrent('the report with JavaScript off', () => {
  test.for(reports)('$path', { timeout: 180_000 }, async ({ path }) => {
    const { page, context } = await openPage(session, path, { javaScriptEnabled: false });
    try {
      const inventory = await staticInventory(page, { report: true });
      const problems = [...inventory.problems];
      if (inventory.words < 200) problems.push(`<main> shows only ${inventory.words} words`);
      if (citing && inventory.markers === 0) {
        problems.push(
          'the chapters cite data, but the page has no citation markers (links to #note-…)',
        );
      }
      const toc = [];
      for (const handle of await page.$$(TOC_LINKS)) {
        const inToc = await handle.evaluate((a) => {
          const nav = a.closest('nav');
          const label = `${nav?.getAttribute('aria-label') ?? ''} ${(
            nav?.getAttribute('aria-labelledby') ?? ''
          )
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')}`;
          return nav?.getAttribute('role') === 'doc-toc' || /contents/i.test(label);
        });
        if (inToc) toc.push(handle);
      }
      const markers = await page.$$(CITATION_MARKER);
      problems.push(...(await clickEach(page, toc, 'TOC link')));
      problems.push(...(await clickEach(page, markers, 'citation marker')));
      const toggles = await page.$$(CHART_TABLE_TOGGLE);
      for (const [i, summary] of toggles.entries()) {
        await summary.click();
        const opened = await summary.evaluate((s) => {
          const table = s.parentElement?.querySelector('table');
          return !!table && table.getBoundingClientRect().height > 0;
        });
        if (!opened) problems.push(`chart table toggle #${i + 1}: no table shown after the click`);
      }
      findings[path] = {
        ...inventory,
        problems,
        clicked: toc.length + markers.length + toggles.length,
      };
      expectNone(`${path} without JavaScript`, problems);
    } finally {
      await context.close();
    }
  });
});
