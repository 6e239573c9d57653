import { LIGHTHOUSE, REPORT_PAGE } from '@ua-drones/budgets';
import { describe, expect, test } from 'vitest';
import { targets } from '../src/report/sections/targets.ts';
import { writeReport } from '../src/report/write.ts';
import { completeResults, lighthouse, pageBytes } from './results-fixture.ts';

const statusOf = (results: ReturnType<typeof completeResults>) =>
  Object.fromEntries(targets(results).map((t) => [t.target, t.met]));

describe('targets', () => {
  test('are stated with the budgets of @ua-drones/budgets and met by a run within them', () => {
    const list = targets(completeResults());
    expect(list.map((t) => t.target)).toContain(
      `Report page ≤ ${REPORT_PAGE.totalGzipBytes / 1024} KB gzip of HTML, CSS and JS, all charts included`,
    );
    expect(list.map((t) => t.target)).toContain(
      `Report page fonts ≤ ${REPORT_PAGE.fontWoff2Bytes / 1024} KB woff2`,
    );
    expect(list.map((t) => t.target)).toContain(
      `Lighthouse mobile performance ≥ ${LIGHTHOUSE.performance}`,
    );
    expect(list.filter((t) => t.met !== true)).toEqual([]);
  });

  test('a page over its weight budget is missed, naming its largest parts; its fonts count against their own budget', () => {
    const results = completeResults();
    const within = pageBytes({ HTML: 60 * 1024, CSS: 4 * 1024, Fonts: 20 * 1024 });
    results.sections.bytes = { status: 'ok', value: { ssr: within }, ms: 1 };
    expect(targets(results).slice(0, 2)).toMatchObject([
      { result: '64 KB gzip (3 files)', met: true },
      { result: '80 KB (1 file)', met: true },
    ]);
    const over = pageBytes({
      HTML: 62 * 1024,
      '  of which inline SVG': 30 * 1024,
      CSS: 4 * 1024,
      Fonts: 26 * 1024,
    });
    results.sections.bytes = { status: 'ok', value: { ssr: over }, ms: 1 };
    const [weight, fonts] = targets(results);
    expect(weight).toMatchObject({ result: '66 KB gzip (3 files)', met: false });
    expect(weight?.why).toBe('largest: HTML 62 KB, of which inline SVG 30 KB, CSS 4.0 KB');
    expect(fonts).toMatchObject({ result: '104 KB (1 file)', met: false });
  });

  test('a Lighthouse score under its budget is missed, with the failing audits as the reason', () => {
    const results = completeResults();
    const low = lighthouse(LIGHTHOUSE.performance - 1, ['performance: Reduce unused CSS (0.5)']);
    results.sections.lighthouse = { status: 'ok', value: { ssr: low }, ms: 1 };
    const performance = targets(results).find((t) => t.target.startsWith('Lighthouse mobile'));
    expect(performance).toMatchObject({ met: false, why: 'performance: Reduce unused CSS (0.5)' });
  });

  test('a section that did not run leaves its targets not measured, saying why', () => {
    const results = completeResults();
    results.sections.lighthouse = { status: 'skipped', reason: '--skip' };
    delete results.sections.growth;
    const notMeasured = targets(results).filter((t) => t.met === null);
    expect(notMeasured.map((t) => [t.result, t.why])).toEqual([
      ['—', 'Lighthouse not run'],
      ['—', 'Lighthouse not run'],
      ['—', 'growth not measured'],
    ]);
    expect(Object.values(statusOf(results)).filter((met) => met === true)).toHaveLength(10);
  });
});

describe('writeReport', () => {
  test('writes every section, with the serving method in the reader’s page', () => {
    const report = writeReport(completeResults());
    const headings = report.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Targets',
      '## Headline: server-rendered charts vs the client-side baseline',
      '## The reader’s page',
      '## Side by side: server-rendered charts vs the client-side baseline',
      '## Lighthouse (mobile)',
      '## Charts rendered on the server',
      '## The data package',
      '## One chart in a browser bundle',
      '## Builds',
      '## Growth',
      '## How to run',
    ]);
    expect(report).toContain('gzip-compressed whenever the browser accepts gzip');
    expect(report).toContain(
      '| Report page ≤ 65 KB gzip of HTML, CSS and JS, all charts included |',
    );
    expect(report).toContain('| Report page fonts ≤ 100 KB woff2 |');
    expect(report).toMatch(
      /Against its budgets: HTML, CSS and JS [\d.]+ KB gzip of 65 KB; fonts [\d.]+ KB woff2 of 100 KB\./,
    );
    expect(report).not.toMatch(/\n{3}/);
  });

  test('holds the one-chart bundle to its budget, beside Plot alone', () => {
    const results = completeResults();
    expect(targets(results).find((t) => t.target.startsWith('One chart'))).toMatchObject({
      result: '96 KB gzip (Plot alone 80 KB)',
      met: true,
    });
    const over = results.sections.bundle;
    if (over?.status !== 'ok') throw new Error('the fixture has no bundle results');
    over.value.oneChart.gzip = 101 * 1024;
    expect(targets(results).find((t) => t.target.startsWith('One chart'))).toMatchObject({
      target: 'One chart and its data in a browser bundle ≤ 100 KB gzip',
      met: false,
      why: '21 KB gzip beside Plot',
    });
  });

  test('says which sections were skipped or failed, and how', () => {
    const results = completeResults();
    results.sections.lighthouse = { status: 'skipped', reason: '--skip' };
    results.sections.timing = { status: 'failed', error: 'Chromium crashed\n', ms: 2_500 };
    delete results.sections.growth;
    const report = writeReport(results);
    expect(report).toContain('_Lighthouse: skipped (--skip)._');
    expect(report).toContain('**Timing failed** after 2.5 s:\n\n```\nChromium crashed\n```');
    expect(report).toContain('_Growth: did not run (an earlier step it needs failed)._');
    expect(report).not.toContain('## Lighthouse (mobile)\n\nLighthouse 13');
  });
});
