import * as Plot from '@observablehq/plot';
import type { ChartOptions, DrawContext, Drawing } from '../core/chart.js';
import { tickFormat } from '../core/format.js';
import { HALO, FONT as TYPE, LINE as TYPE_LINE, tint } from '../core/palette.js';
import { textWidth, wrap } from '../core/text.js';

interface BarRow {
  key: string;
  /** A short label, drawn above the bar (it wraps only when the page is very narrow). */
  label: string;
  value: number;
  /** The top of a range of estimates: the bar runs on from `value` to it in a tint of its colour. */
  upTo?: number;
  /** The value as the source states it, drawn at the end of the bar. */
  valueLabel: string;
  /** A colour of the palette's parties (`PARTY_COLOR`). */
  color: string;
  /** Drawn as an outline: a value that is not a measured one (a scenario's, a stated capability). */
  outlined?: boolean;
}

const { label: FONT, small: SMALL } = TYPE;
const { label: LINE } = TYPE_LINE;
const BAR = 16;
/** From a bar to the next row's label: wider than from a label to its own bar, so rows read apart. */
const GAP = 16;
/** From a label's baseline to the top of its bar: its descenders clear the bar by about 2 px. */
const LABEL_GAP = 5;
/** Above the first label: its ascenders reach a unit past the top of its band. */
const TOP = 2;
const AXIS = 24;
/** The frame's own margin, where it draws the title when it draws one (`headings`). */
const FRAME_PAD = 12;
const RIGHT = 14;

/**
 * About `count` round tick values from 0 to the first at or beyond `max` (d3's tick steps: 1, 2 or
 * 5 times a power of 10), so the longest bar ends under a labelled stretch of the axis.
 */
function ticksTo(max: number, count: number): number[] {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/**
 * Horizontal bars on Plot's scales (x linear, y a band per row), each row's label just above its
 * bar and its stated value at the bar's end: labels need no left margin, so the chart stays
 * readable when the page is 320 px wide. No gridlines: every bar carries its value, and the axis
 * keeps its ticks; a line between the rows read as a stray mark.
 */
export function barRows(
  rows: readonly BarRow[],
  { document, width }: DrawContext,
  { headings = true }: Pick<ChartOptions, 'headings'> = {},
): Pick<Drawing, 'plot' | 'height'> {
  // Labels and bars start at the edge the title starts at: the frame's margin when it draws the
  // title, the drawing's edge when a page sets the title in its own caption, flush with the SVG.
  const left = headings ? FRAME_PAD : 0;
  const lines = rows.map((row) => wrap(row.label, width - left - RIGHT, FONT));
  const labelHeight = Math.max(1, ...lines.map((l) => l.length)) * LINE;
  const band = labelHeight + BAR + GAP;
  const height = TOP + rows.length * band + AXIS;
  const placed = rows.map((row, i) => ({
    ...row,
    end: Math.max(row.value, row.upTo ?? row.value),
    lines: lines[i]?.join('\n'),
  }));
  const ticks = ticksTo(Math.max(...placed.map((row) => row.end)), 4);
  // The axis runs to its last tick: a bar longer than the last labelled value would seem cut off.
  const max = ticks.at(-1) as number;
  const formatTick = tickFormat(max);
  // The last tick's label is centred on the axis's end: the margin leaves room for its half.
  const marginRight = Math.max(RIGHT, Math.ceil(textWidth(formatTick(max), SMALL) / 2) + 2);
  // A value label that would not fit after its bar goes inside it, in the page's background colour.
  const right = width - marginRight;
  const inside = (row: (typeof placed)[number]) =>
    left + (row.end / max) * (right - left) + 4 + textWidth(row.valueLabel, FONT) > right;
  const onBar = { y: 'key', insetTop: labelHeight, insetBottom: GAP } as const;
  const valueText = {
    fontSize: FONT,
    y: 'key',
    text: 'valueLabel',
    x: 'end',
    dy: labelHeight + BAR / 2 - band / 2,
  };
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: TOP,
    marginLeft: left,
    marginRight,
    marginBottom: AXIS,
    x: { domain: [0, max], axis: null },
    y: { domain: rows.map((row) => row.key), axis: null, padding: 0 },
    marks: [
      // The first tick's label starts at 0 rather than centred on it, so it keeps to the left edge.
      Plot.axisX(ticks.slice(1), { tickFormat: formatTick, label: null }),
      Plot.axisX(ticks.slice(0, 1), { tickFormat: formatTick, label: null, textAnchor: 'start' }),
      Plot.barX(
        placed.filter((row) => !row.outlined),
        { ...onBar, x: 'value', fill: 'color' },
      ),
      Plot.barX(
        placed.filter((row) => row.upTo !== undefined),
        { ...onBar, x1: 'value', x2: 'end', fill: (row) => tint(row.color) },
      ),
      Plot.barX(
        placed.filter((row) => row.outlined),
        { ...onBar, x: 'value', stroke: 'color', strokeWidth: 2, fill: 'none', inset: 1 },
      ),
      Plot.tickX(placed, { ...onBar, x: () => 0, strokeOpacity: 0.6 }),
      Plot.text(placed, {
        y: 'key',
        x: () => 0,
        text: 'lines',
        // The last line's baseline a fixed gap above the bar, however many lines the label has.
        dy: labelHeight - LABEL_GAP - band / 2,
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineHeight: LINE / FONT,
        fontSize: FONT,
        fillOpacity: 0.8,
      }),
      Plot.text(
        placed.filter((row) => !inside(row)),
        {
          ...valueText,
          textAnchor: 'start',
          dx: 4,
          fill: 'currentColor',
          stroke: HALO,
          strokeWidth: 3,
          paintOrder: 'stroke',
        },
      ),
      // Inside the bar, at the end of its solid part.
      Plot.text(placed.filter(inside), {
        ...valueText,
        x: 'value',
        textAnchor: 'end',
        dx: -4,
        fill: (row) => (row.outlined ? 'currentColor' : 'white'),
      }),
    ],
  });
  return { plot, height };
}
