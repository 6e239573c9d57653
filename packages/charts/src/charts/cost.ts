import * as Plot from '@observablehq/plot';
import { type DrawContext, defineChart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { PARTY_COLOR, partyOf, FONT as TYPE, LINE as TYPE_LINE } from '../core/palette.js';
import type { FigureRecord } from '../core/records.js';
import { figureTable } from '../core/table.js';
import { wrap } from '../core/text.js';

const DEPLETED = 'bh-patriot-interceptors-depleted-share';
const INCURSION = 'ru-drones-nato-airspace-incursion-2025-09';
const NAME = 'cost';
/** Counts drawn one dot per unit; larger counts would need a scale, not dots. */
const MAX_UNITS = 200;
const PAD = 12;
const BAR = 16;
const DOT = 5;
const STEP = 14;
const COLUMNS = 20;
const { label: FONT } = TYPE;
const { label: LINE } = TYPE_LINE;

/**
 * How a figure is drawn, by its unit, so that a share and a count never look alike: a share as a
 * bar of the whole (100%), a count as one dot per unit.
 */
function encoding(figure: FigureRecord): 'share' | 'count' {
  if (figure.unit === 'percent') return 'share';
  if (figure.value > MAX_UNITS || !Number.isInteger(figure.value)) {
    throw new ChartInputError(
      NAME,
      figure.id,
      `value ${figure.value} cannot be drawn as whole units (at most ${MAX_UNITS})`,
    );
  }
  return 'count';
}

/** The colour of the party a figure is about: its first subject the palette knows. */
const colorOf = (figure: FigureRecord) => {
  const party = figure.subjects.map(partyOf).find((p) => p !== 'other') ?? 'other';
  return PARTY_COLOR[party];
};

const order = (figures: readonly FigureRecord[]) =>
  [...figures].sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id));

const SVG_NS = 'http://www.w3.org/2000/svg';
const AXIS = 22;

/**
 * One figure's panel: its label above, then the figure on Plot's scales, a share as a bar on a
 * 0–100% axis, a count as one dot per unit on a grid of point scales. The source's own words (what
 * the number cost) are in the description and the table, whole: drawn, they made the figure twice
 * as tall, in the smallest type.
 */
function panel(figure: FigureRecord, { document, width }: DrawContext) {
  const label = wrap(`${figure.label}: ${formatValue(figure)}`, width - 2 * PAD, FONT);
  const textHeight = 4 + label.length * LINE + 6;
  const color = colorOf(figure);
  const share = encoding(figure) === 'share';
  // Room for the axis labels at the ends of a share's axis ("0%", "100%"), centred on their ticks.
  const left = share ? PAD + 8 : PAD;
  // The text starts at the page's margin whatever the frame's.
  const text = [
    Plot.text([label.join('\n')], {
      frameAnchor: 'top-left',
      dx: PAD - left,
      dy: 4 - textHeight,
      text: (d: string) => d,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: LINE / FONT,
      fontSize: FONT,
      fillOpacity: 0.85,
    }),
  ];
  const frame = { document, width, marginTop: textHeight, marginLeft: left, marginRight: PAD };
  if (share) {
    const height = textHeight + BAR + AXIS + 8;
    return {
      height,
      plot: Plot.plot({
        ...frame,
        height,
        marginBottom: AXIS + 8,
        marginRight: PAD + 16,
        x: { domain: [0, 100] },
        marks: [
          ...text,
          // The whole (100%) as an outline, the share filled inside it.
          Plot.barX([100], {
            x: (d: number) => d,
            stroke: 'currentColor',
            strokeOpacity: 0.4,
            fill: 'none',
          }),
          Plot.barX([figure], { x: 'value', fill: () => color }),
          // The axis after its bar, not before the panel's label (Plot's default place): read in
          // document order, as a screen reader or a text copy does, the 0–100% scale belongs to
          // the share and is not taken for the count's below it.
          Plot.axisX({
            ticks: [0, 25, 50, 75, 100],
            tickFormat: (d: number) => `${d}%`,
            label: null,
          }),
        ],
      }),
    };
  }
  const rows = Math.ceil(figure.value / COLUMNS);
  const height = textHeight + rows * STEP + 14;
  const columns = Array.from({ length: COLUMNS }, (_, i) => i);
  return {
    height,
    plot: Plot.plot({
      ...frame,
      height,
      marginBottom: 14,
      x: {
        type: 'point',
        domain: columns,
        padding: 0,
        range: [PAD + DOT, PAD + DOT + (COLUMNS - 1) * STEP],
        axis: null,
      },
      y: {
        type: 'point',
        domain: Array.from({ length: rows }, (_, i) => i),
        padding: 0,
        axis: null,
      },
      marks: [
        ...text,
        Plot.dot(
          Array.from({ length: figure.value }, (_, i) => i),
          {
            x: (i: number) => i % COLUMNS,
            y: (i: number) => Math.floor(i / COLUMNS),
            r: DOT,
            fill: () => color,
            stroke: 'none',
          },
        ),
      ],
    }),
  };
}

/**
 * What drones drew from defenders, in the figures the sources give (they give the costs only in
 * words): a share of interceptors used up (a bar of the whole) and the drones that drew fighter
 * jets (one dot per drone).
 */
export const cost = defineChart<FigureRecord>({
  name: NAME,
  // Each clause is one source's claim (the depletion an unsigned analysis's, the F-35s the Kyiv
  // op-ed's): each attributed.
  title:
    'Bahrain used up most of its Patriot interceptors, an analysis says; Russian drones in NATO airspace drew F-35s, an op-ed says',
  expects: {
    kind: 'figure',
    measures: [DEPLETED, INCURSION],
    description: `figures of measures "${DEPLETED}" (percent) and "${INCURSION}" (a count)`,
  },
  check(figures) {
    for (const figure of figures) encoding(figure);
  },
  describe(figures) {
    return order(figures)
      .map((f) =>
        f.unit === 'percent'
          ? `${f.label}: ${formatValue(f)}, ${Math.round(f.value)} of every 100. “${f.excerpt}”`
          : `${f.label}: ${formatValue(f)}. “${f.excerpt}”`,
      )
      .join(' ');
  },
  subtitle: () =>
    'A share and a count, on no common scale: percent used up, as a bar of the whole; drones, one dot each.',
  note: () =>
    'The sources give the costs only in words: the table and the description quote them in full.',
  toTable(figures) {
    const ordered = order(figures);
    const table = figureTable(ordered);
    return {
      columns: [...table.columns, { key: 'words', label: 'In the source’s words' }],
      rows: table.rows.map((row, i) => ({ ...row, words: ordered[i]?.excerpt ?? null })),
    };
  },
  draw(figures, { document, width }) {
    const panels = order(figures).map((figure) => panel(figure, { document, width }));
    // One drawing of panels one above the other, each laid out by Plot on its own scales.
    const plot = document.createElementNS(SVG_NS, 'svg') as Element;
    let y = 0;
    for (const { plot: part, height } of panels) {
      const group = document.createElementNS(SVG_NS, 'g') as Element;
      group.setAttribute('transform', `translate(0,${y})`);
      for (const child of Array.from(part.childNodes)) {
        if (child.nodeName.toLowerCase() !== 'style') group.append(child);
      }
      plot.append(group);
      y += height;
    }
    return {
      plot,
      height: y,
    };
  },
});
