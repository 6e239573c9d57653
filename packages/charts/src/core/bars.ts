import * as Plot from '@observablehq/plot';
import type { DrawContext, Drawing } from './chart.js';
import { formatTick } from './format.js';
import { MUTED, PALETTE } from './palette.js';
import { textWidth, wrap } from './text.js';

export interface BarRow {
  key: string;
  /** Label drawn above the bar, wrapped to the chart's width. */
  label: string;
  value: number;
  /** Value as the source states it, drawn at the end of the bar. */
  valueLabel: string;
  /** Palette index, or 'muted' for bars that give scale. */
  color: number | 'muted';
}

const LINE = 15;
const BAR = 16;
const GAP = 10;
const AXIS = 24;
const LEFT = 12;
const RIGHT = 14;

const colorOf = (color: BarRow['color']) => (color === 'muted' ? MUTED : PALETTE[color]);

/**
 * Horizontal bars with their label above and the stated value at their end: labels never need a
 * left margin and wrap, so the chart stays readable when the page is 320 px wide.
 */
export function labelledBars(
  rows: readonly BarRow[],
  { document, width }: DrawContext,
): Pick<Drawing, 'plot' | 'height'> {
  let y = 4;
  const placed = rows.map((row) => {
    // Bold labels run wider than regular text: wrap them as if larger.
    const lines = wrap(row.label, width - LEFT - RIGHT, 13);
    const top = y;
    y += lines.length * LINE + BAR + GAP;
    return { ...row, lines: lines.join('\n'), top, barTop: top + lines.length * LINE + 2 };
  });
  const plotHeight = y;
  const height = plotHeight + AXIS;
  const max = Math.max(...rows.map((row) => row.value));
  // A value label that would not fit after its bar goes inside it.
  const right = width - RIGHT;
  const inside = (row: BarRow) =>
    LEFT + (row.value / max) * (right - LEFT) + 4 + textWidth(row.valueLabel, 12) > right;
  const label = { y: (r: (typeof placed)[number]) => r.barTop + BAR / 2, text: 'valueLabel' };
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: 0,
    marginLeft: LEFT,
    marginRight: RIGHT,
    marginBottom: AXIS,
    x: { domain: [0, max], label: null, tickFormat: formatTick, ticks: 4 },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX({ ticks: 4, strokeOpacity: 0.15, y1: 0, y2: plotHeight }),
      Plot.rectX(placed, {
        x1: 0,
        x2: 'value',
        y1: 'barTop',
        y2: (r) => r.barTop + BAR,
        fill: (r) => colorOf(r.color),
      }),
      Plot.ruleX([0], { y1: 0, y2: plotHeight }),
      Plot.text(placed, {
        x: 0,
        y: 'top',
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: LINE / 12,
        fontWeight: 600,
      }),
      Plot.text(
        placed.filter((r) => !inside(r)),
        { ...label, x: 'value', textAnchor: 'start', dx: 4 },
      ),
      // Inside a coloured bar the label is white; inside a muted (grey) bar it keeps the text colour.
      Plot.text(placed.filter(inside), {
        ...label,
        x: 'value',
        textAnchor: 'end',
        dx: -4,
        fill: (r) => (r.color === 'muted' ? 'currentColor' : 'white'),
      }),
    ],
  });
  return { plot, height };
}
