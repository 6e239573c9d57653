import { afterAll, describe, test } from 'vitest';
import { expectNone, writeFindings } from '../dist/lib/findings.ts';
import { distDir, listPages } from '../dist/lib/site-dist.ts';
import { focusableCount, tabThrough } from './lib/keyboard.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';
import { markTargets, type TargetCounts } from './lib/targets.ts';

// Every citation marker, chart table toggle and TOC link is reachable by Tab and visibly focused.
// A page without any of them has nothing to check (its counts are recorded as zero).
const pages = await listPages(distDir, base);
const session = siteSession();
const findings: Record<
  string,
  { counts: TargetCounts; stops: number; insideClosedDetails: string[]; problems: string[] }
> = {};

afterAll(async () => {
  await writeFindings('keyboard', findings);
  const sum = (kind: keyof TargetCounts) =>
    Object.values(findings).reduce((total, f) => total + f.counts[kind], 0);
  const problems = Object.values(findings).reduce((total, f) => total + f.problems.length, 0);
  console.info(
    `keyboard: ${pages.length} pages; targets: ${sum('citation marker')} citation markers, ${sum('chart table toggle')} chart table toggles, ${sum('TOC link')} TOC links; ${problems} problems`,
  );
});

describe.concurrent('keyboard', () => {
  test.for(pages)('$path', { timeout: 180_000 }, async ({ path }) => {
    const { page, context } = await openPage(session, path);
    try {
      const { counts, insideClosedDetails } = await markTargets(page);
      const expected = new Set<string>(
        await page.evaluate(() => [
          ...(
            window as unknown as { __verifyTargets: Map<Element, string> }
          ).__verifyTargets.values(),
        ]),
      );
      const problems: string[] = [];
      let stops = 0;
      if (expected.size > 0) {
        const all = await tabThrough(page, (await focusableCount(page)) + 10);
        stops = all.length;
        const reached = new Set<string>();
        for (const stop of all) {
          if (!stop.target) continue;
          reached.add(stop.target);
          if (!stop.indicator)
            problems.push(`${stop.target}: no visible focus (no outline, no box-shadow)`);
          if (!stop.onScreen) problems.push(`${stop.target}: focused but not on screen`);
        }
        for (const name of expected) {
          if (!reached.has(name)) problems.push(`${name}: not reachable by Tab`);
        }
      }
      findings[path] = { counts, stops, insideClosedDetails, problems };
      expectNone(`${path}: keyboard problems`, problems);
    } finally {
      await context.close();
    }
  });
});
