import type { LighthouseResult } from '../../sections/lighthouse.ts';
import { CPU_SLOWDOWN } from '../../sections/reader.ts';
import { ms, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { ByPage, Results } from '../results.ts';

/** The Lighthouse pages measured, in table order, with the names the tables use. */
function namedPages(lighthouse: ByPage<LighthouseResult>): Array<[string, LighthouseResult]> {
  return (['report', 'ssr', 'baseline'] as const)
    .filter((key) => lighthouse[key])
    .map((key) => [
      key === 'baseline'
        ? 'Client-side baseline'
        : key === 'ssr' && lighthouse.report
          ? 'Compared page (server-rendered)'
          : 'Report page',
      lighthouse[key] as LighthouseResult,
    ]);
}

function row(name: string, lh: LighthouseResult): string[] {
  return [
    name,
    String(lh.scores.performance),
    String(lh.scores.accessibility),
    String(lh.scores.bestPractices),
    String(lh.scores.seo),
    ms(lh.fcpMs),
    ms(lh.lcpMs),
    lh.cls.toFixed(3),
    ms(lh.tbtMs),
    String(Math.round(lh.benchmarkIndex)),
  ];
}

export function renderLighthouse(results: Results): string[] {
  const lighthouse = ok(results.sections.lighthouse);
  const lines = ['## Lighthouse (mobile)', ''];
  if (lighthouse) {
    const pages = namedPages(lighthouse);
    const version = Object.values(lighthouse)[0]?.lighthouseVersion;
    lines.push(
      `Lighthouse ${version}, default mobile settings (simulated slow 4G, ${CPU_SLOWDOWN}× CPU), categories performance, accessibility, best practices, SEO, on the pages as the bench serves them (compressed, see The reader’s page); ${results.lighthouseRuns} runs per page, of which the table shows the median run as Lighthouse picks it (closest to the median FCP and time to interactive). Performance score of every run: ${pages.map(([name, result]) => `${name.toLowerCase()} ${result.performanceRuns.join(', ')}`).join('; ')}.`,
      '',
      table(
        [
          'Page',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'FCP',
          'LCP',
          'CLS',
          'TBT',
          'benchmarkIndex',
        ],
        pages.map(([name, result]) => row(name, result)),
      ),
      '',
      'benchmarkIndex is Lighthouse’s own measure of the CPU during the run (higher is faster); on a busy machine it drops, and the simulated FCP, LCP and TBT and the performance score suffer with it.',
      '',
    );
    for (const key of ['report', 'ssr', 'baseline'] as const) {
      const lh = lighthouse[key];
      if (lh && lh.failed.length > 0)
        lines.push(
          `Audits below 0.9 on the ${key === 'baseline' ? 'baseline' : 'report'} page: ${lh.failed.join('; ')}.`,
          '',
        );
    }
  }
  return [...lines, ...outcomeNote('Lighthouse', results.sections.lighthouse)];
}
