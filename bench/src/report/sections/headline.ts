import { median } from '../../lib/stats.ts';
import { CPU_SLOWDOWN } from '../../sections/reader.ts';
import { kb, ms, ratio } from '../format.ts';
import { ok } from '../outcome.ts';
import type { Results } from '../results.ts';

/** The comparison with the client-side baseline in three lines, when it was measured. */
export function renderHeadline(results: Results): string[] {
  const bytes = ok(results.sections.bytes);
  const timing = ok(results.sections.timing);
  const lighthouse = ok(results.sections.lighthouse);
  const lines: string[] = [];
  if (bytes?.ssr && bytes.baseline)
    lines.push(
      `- **JS shipped:** ${kb(bytes.ssr.js.gzip)} gzip with server-rendered charts vs ${kb(bytes.baseline.js.gzip)} with the client-side Plot baseline: **${ratio(bytes.baseline.js.gzip / bytes.ssr.js.gzip)} less**.`,
      `- **Whole page:** ${kb(bytes.ssr.rows.Total.gzip)} vs ${kb(bytes.baseline.rows.Total.gzip)} gzip (${ratio(bytes.baseline.rows.Total.gzip / bytes.ssr.rows.Total.gzip)}); ${bytes.ssr.requests} vs ${bytes.baseline.requests} requests.`,
    );
  if (timing?.ssr && timing.baseline)
    lines.push(
      `- **Time to charts** (CPU ${CPU_SLOWDOWN}× slower, median of ${timing.ssr.chartsMs.length}): ${ms(median(timing.ssr.chartsMs))} vs ${ms(median(timing.baseline.chartsMs))}: **${ratio(median(timing.baseline.chartsMs) / median(timing.ssr.chartsMs))} faster**; LCP ${ms(median(timing.ssr.lcpMs))} vs ${ms(median(timing.baseline.lcpMs))} (${ratio(median(timing.baseline.lcpMs) / median(timing.ssr.lcpMs))}).`,
    );
  if (lighthouse?.ssr && lighthouse.baseline)
    lines.push(
      `- **Lighthouse mobile performance:** ${lighthouse.ssr.scores.performance} vs ${lighthouse.baseline.scores.performance}; its simulated LCP ${ms(lighthouse.ssr.lcpMs)} vs ${ms(lighthouse.baseline.lcpMs)}, TBT ${ms(lighthouse.ssr.tbtMs)} vs ${ms(lighthouse.baseline.tbtMs)}.`,
    );
  if (lines.length === 0) return [];
  return ['## Headline: server-rendered charts vs the client-side baseline', '', ...lines, ''];
}
