/** How the report writes numbers: sizes, times, ratios, and Markdown tables. */
import type { Sizes } from '../lib/sizes.ts';
import { max, median, min } from '../lib/stats.ts';

export function kb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : '—';
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

export function seconds(value: number): string {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : '—';
}

export function ratio(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '∞ (none shipped)';
  return Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}×` : '—';
}

/** Median of timed runs with their range: `120 ms (100 ms–140 ms)`. */
export function spread(values: readonly number[]): string {
  return values.length === 0
    ? '—'
    : `${ms(median(values))} (${ms(min(values))}–${ms(max(values))})`;
}

/** Raw, gzip and brotli sizes as three table cells. */
export function sizeCells(sizes: Sizes): string[] {
  return [kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli)];
}

/** A Markdown table: first column left-aligned, the others right-aligned (they hold numbers). */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
