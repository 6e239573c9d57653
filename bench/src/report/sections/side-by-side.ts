import { median } from '../../lib/stats.ts';
import { CPU_SLOWDOWN, type PageBytes, type Timing } from '../../sections/reader.ts';
import { kb, ms, ratio, spread, table } from '../format.ts';
import { ok, outcomeNote } from '../outcome.ts';
import type { Results } from '../results.ts';
import { bytesTable, requestsLine } from './page-bytes.ts';

type Row = [label: string, ssr: string, baseline: string, factor: string];

function byteRows(ssr: PageBytes, baseline: PageBytes): Row[] {
  const rows: Array<[string, (b: PageBytes) => number, (v: number) => string]> = [
    ['JS shipped (gzip)', (b) => b.js.gzip, kb],
    ['JS shipped (raw)', (b) => b.js.raw, kb],
    ['JSON data fetched (gzip)', (b) => b.rows.JSON.gzip, kb],
    ['HTML (gzip)', (b) => b.rows.HTML.gzip, kb],
    ['Whole page (gzip)', (b) => b.rows.Total.gzip, kb],
    ['Whole page (brotli)', (b) => b.rows.Total.brotli, kb],
    ['Requests', (b) => b.requests, String],
  ];
  return rows.map(([label, get, format]) => {
    const a = get(ssr);
    const b = get(baseline);
    return [label, format(a), format(b), a === 0 && b === 0 ? '—' : ratio(b / a)];
  });
}

function timingRows(ssr: Timing, baseline: Timing): Row[] {
  const row = (label: string, get: (x: Timing) => number[]): Row => [
    label,
    spread(get(ssr)),
    spread(get(baseline)),
    ratio(median(get(baseline)) / median(get(ssr))),
  ];
  return [
    row(`Time to every chart in the DOM, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.chartsMs),
    row(`LCP, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.lcpMs),
    row(`Load event, CPU ${CPU_SLOWDOWN}× slower`, (x) => x.loadMs),
  ];
}

/** The server-rendered page against the client-side baseline: bytes, timings, Lighthouse. */
export function renderSideBySide(results: Results): string[] {
  const pages = ok(results.sections.pages);
  const bytes = ok(results.sections.bytes);
  const timing = ok(results.sections.timing);
  const lighthouse = ok(results.sections.lighthouse);
  const lines = ['## Side by side: server-rendered charts vs the client-side baseline', ''];
  if (pages)
    lines.push(
      `The baseline (\`${pages.baseline}\`, built by the bench, never shipped) is the compared page${pages.ssrNote ? ` (${pages.ssrNote})` : ''} with each chart’s SVG removed and a module script that draws the same charts in the browser, as an Observable Framework page or a notebook does: it fetches the figures, events and partnerships tables as JSON and calls \`charts[name].render(charts[name].select(data))\` from \`@ua-drones/charts\` (Observable Plot inside), bundled and minified with esbuild. Same HTML, CSS and text otherwise. Charts compared: ${pages.charts.join(', ')} (${pages.charts.length}).`,
      '',
    );
  if (bytes?.ssr && bytes.baseline) {
    const rows = byteRows(bytes.ssr, bytes.baseline);
    if (timing?.ssr && timing.baseline) rows.push(...timingRows(timing.ssr, timing.baseline));
    if (lighthouse?.ssr && lighthouse.baseline) {
      const a = lighthouse.ssr;
      const b = lighthouse.baseline;
      rows.push(
        ['Lighthouse performance', String(a.scores.performance), String(b.scores.performance), '—'],
        ['Lighthouse LCP (simulated)', ms(a.lcpMs), ms(b.lcpMs), ratio(b.lcpMs / a.lcpMs)],
        [
          'Lighthouse TBT (simulated)',
          ms(a.tbtMs),
          ms(b.tbtMs),
          a.tbtMs === 0 ? '—' : ratio(b.tbtMs / a.tbtMs),
        ],
      );
    }
    lines.push(
      table(['', 'Server-rendered (site)', 'Client-side baseline (Plot)', 'Baseline / site'], rows),
      '',
      `Times: median (min–max) of ${timing?.ssr?.chartsMs.length ?? 0} runs, each in a fresh browser context (cold cache) at 412×823 px, \`Emulation.setCPUThrottlingRate\` ${CPU_SLOWDOWN}, no network throttling (127.0.0.1). “Time to charts” is when a MutationObserver installed before the page’s first byte sees an <svg> in every chart’s container.`,
      '',
      '<details><summary>Bytes of the baseline page</summary>',
      '',
      bytesTable(bytes.baseline),
      '',
      requestsLine(bytes.baseline),
      '',
      '</details>',
      '',
    );
  }
  return [...lines, ...outcomeNote('Timing', results.sections.timing)];
}
