import { formatFigure, formatFigureTime, formatNumber as sayNumber } from '@ua-drones/data';
import type { FigureRecord } from './records.js';

/** A number as a reader says it: 4,500,000 -> "4.5 million", 15000 -> "15,000". */
export function formatNumber(value: number): string {
  return sayNumber(value, { locale: 'en-US' });
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Tick labels for an axis whose last tick is `last`, in the words its values are said in: ticks to
 * 5 million read "0", "1" … "5 million", as a bar beside them reads "3 million" (an axis of "1M … 5M"
 * beside "3 million" said one thing two ways). Below a million the ticks are grouped numbers ("400,000").
 */
export function tickFormat(last: number): (value: number) => string {
  const [, amount, word] = /^([\d.,]+) (\D+)$/.exec(formatNumber(last)) ?? [];
  if (amount === undefined || word === undefined) return (value) => grouped.format(value);
  const scale = last / Number(amount.replace(/,/g, ''));
  return (value) => `${grouped.format(value / scale)}${value === last ? ` ${word}` : ''}`;
}

/**
 * Value with its qualifier and unit as the data package says it: "more than 1,000 km", "87%".
 * `per: false` drops a rate's time for a chart whose title already says it ("75 drones").
 */
export function formatValue(
  figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier' | 'currency' | 'period'>,
  { per = true }: { per?: boolean } = {},
): string {
  return formatFigure(figure, { locale: 'en-US', per });
}

/** When a figure holds, as the data package says it: "2025", "as of 2026", "not dated". */
export function timeLabel(figure: FigureRecord): string {
  return formatFigureTime(figure);
}

/**
 * A value with its qualifier but without its unit, for a chart whose subtitle names the unit once:
 * "3 million", "less than 100,000". A share keeps its sign ("87%").
 */
export function formatAmount(
  figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier' | 'currency' | 'period'>,
): string {
  return formatFigure(figure, { locale: 'en-US', unit: false });
}

/**
 * Two amounts as one range, a shared word said once: "4–4.5 million", "100–150". An end with a qualifier
 * ("less than …") keeps it, and then the range is said in full: "less than 4 million to 4.5 million".
 */
export function formatRange(
  low: Parameters<typeof formatAmount>[0],
  high: Parameters<typeof formatAmount>[0],
): string {
  const [from, to] = [formatAmount(low), formatAmount(high)];
  if (/^[\d.,]+$/.test(from) && /^[\d.,]+$/.test(to)) return `${from}–${to}`;
  const word = / (\D+)$/.exec(from)?.[1];
  const bare = /^[\d.,]+ /.test(from) && /^[\d.,]+ /.test(to);
  return bare && word && to.endsWith(` ${word}`)
    ? `${from.slice(0, -word.length - 1)}–${to}`
    : `${from} to ${to}`;
}
