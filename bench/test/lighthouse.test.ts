import { expect, test } from 'vitest';
import { type Report, summarizeRuns } from '../src/sections/lighthouse.ts';

function report(performance: number, fcp: number, interactive: number): Report {
  const category = (score: number, ids: string[]) => ({
    score,
    auditRefs: ids.map((id) => ({ id, weight: 1 })),
  });
  return {
    lighthouseVersion: '13.5.0',
    environment: { benchmarkIndex: 1200 },
    categories: {
      performance: category(performance / 100, ['first-contentful-paint', 'interactive']),
      accessibility: category(0.96, ['color-contrast', 'image-alt']),
      'best-practices': category(1, []),
      seo: category(1, ['robots-txt']),
    },
    audits: {
      'first-contentful-paint': {
        title: 'FCP',
        score: 1,
        numericValue: fcp,
        scoreDisplayMode: 'numeric',
      },
      interactive: {
        title: 'TTI',
        score: 1,
        numericValue: interactive,
        scoreDisplayMode: 'numeric',
      },
      'largest-contentful-paint': {
        title: 'LCP',
        score: 1,
        numericValue: fcp + 200,
        scoreDisplayMode: 'numeric',
      },
      'color-contrast': { title: 'Contrast', score: 0, scoreDisplayMode: 'binary' },
      'image-alt': { title: 'Alt text', score: null, scoreDisplayMode: 'notApplicable' },
      'robots-txt': { title: 'robots.txt', score: 0, scoreDisplayMode: 'manual' },
    },
  };
}

test('summarizeRuns reports the run closest to the median FCP and TTI, and every run’s score', () => {
  const result = summarizeRuns('/', [
    report(90, 3000, 5000),
    report(97, 1000, 2000),
    report(95, 1200, 2200),
  ]);
  expect(result.scores).toEqual({
    performance: 95,
    accessibility: 96,
    bestPractices: 100,
    seo: 100,
  });
  expect(result.fcpMs).toBe(1200);
  expect(result.lcpMs).toBe(1400);
  expect(result.performanceRuns).toEqual([90, 97, 95]);
  expect(result.benchmarkIndex).toBe(1200);
  // Failed audits only: not those that do not apply or that Lighthouse leaves to a person.
  expect(result.failed).toEqual(['accessibility: Contrast (0)']);
});

test('summarizeRuns fails when no run measured FCP and TTI', () => {
  const broken = report(90, 1000, 2000);
  delete broken.audits.interactive;
  expect(() => summarizeRuns('/x/', [broken])).toThrow('no run of /x/ measured FCP and TTI');
});
