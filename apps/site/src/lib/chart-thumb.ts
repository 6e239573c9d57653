/**
 * A chart as a picture without words, for where a page shows it small and decorative beside its
 * headline in HTML (the report's lead figure, the charts index): the chart's own rendered SVG with
 * its text and legend taken out, framed on its data's marks. An SVG loaded as an image cannot use
 * the page's web fonts, so any word left in it would be set in the reader's system font.
 */
import { createDocument } from '@ua-drones/charts/ssr';
import sharp from 'sharp';
import { renderChart } from './charts.ts';

export interface ChartThumb {
  svg: string;
  /** Height over width of the framed drawing. */
  aspect: number;
}

/**
 * Charts whose marks alone say nothing: the spread chart is a tree whose leaves are its sentences,
 * and without them it is a few curves and dots. Their index card shows no picture.
 */
const WORDLESS = new Set(['spread']);

export function hasThumb(name: string): boolean {
  return !WORDLESS.has(name);
}

/** Room around the data's marks, in the chart's units, so the frame does not cut into them. */
const MARGIN = 6;
/** How far under a centred label's baseline its leader may end, in the chart's units. */
const LEADER_GAP = 6;
/** Rasterized at this many pixels a unit to find where the marks are. */
const SCALE = 2;
/** The marks that carry the data: a party's colour (palette classes), or a colour of their own. */
const DATA_MARK = '[class*="uad-f"], [class*="uad-k"], [fill^="#"]';
const SHAPES = 'path, rect, circle, ellipse, line, polygon, polyline';

const cache = new Map<string, Promise<ChartThumb>>();

export function chartThumb(name: string): Promise<ChartThumb> {
  if (!hasThumb(name)) {
    throw new Error(
      `chart "${name}" has no thumbnail: its marks say nothing without their words (chart-thumb.ts WORDLESS)`,
    );
  }
  let thumb = cache.get(name);
  if (!thumb) {
    thumb = wordless(renderChart(name).svg);
    cache.set(name, thumb);
  }
  return thumb;
}

/** A chart's standalone SVG without its words, framed on its data's marks. */
export async function wordless(source: string): Promise<ChartThumb> {
  const root = parseSvg(source);
  // Words, the lines that lead to them and the legend that keys them, and what names the drawing
  // for assistive technology: the image is decorative (alt=""), its headline stands beside it.
  const labels = [...root.querySelectorAll('text')].map(anchor);
  for (const shape of root.querySelectorAll('path, line')) {
    if (!shape.closest(DATA_MARK) && leadsToLabel(shape, labels)) shape.remove();
  }
  for (const node of root.querySelectorAll('title, desc, text, .uad-legend')) node.remove();
  for (const name of ['role', 'aria-labelledby', 'aria-describedby', 'font-family', 'font-size']) {
    root.removeAttribute(name);
  }
  dropEmptyGroups(root);
  const box = await dataBox(root);
  root.setAttribute('viewBox', box.join(' '));
  const [, , width, height] = box;
  return { svg: `${root.outerHTML}\n`, aspect: height / width };
}

/** The drawing as elements, parsed as a page parses an inline SVG. */
export function parseSvg(source: string): Element {
  const holder = createDocument().createElement('div');
  holder.innerHTML = source;
  const root = holder.querySelector('svg');
  if (!root) throw new Error(`chart-thumb: no <svg> in "${source.slice(0, 60)}…"`);
  return root;
}

type Point = [number, number];

/** Where an element's own coordinates start on the drawing: its and its ancestors' translations. */
function origin(node: Element): Point {
  let [x, y] = [0, 0];
  for (let at: Element | null = node; at; at = at.parentElement) {
    const move = /translate\(([-\d.e]+)[ ,]?([-\d.e]*)\)/.exec(at.getAttribute('transform') ?? '');
    if (move) {
      x += Number(move[1]);
      y += Number(move[2] || 0);
    }
  }
  return [x, y];
}

interface Label {
  at: Point;
  /** Set centred on its anchor: a leader may end under it rather than at it. */
  centred: boolean;
}

/** A label's anchor: the point its text is set from, on its baseline, where a leader line ends. */
function anchor(text: Element): Label {
  const [x, y] = origin(text);
  // An offset in ems (".3em", Plot's vertical centring) in the charts' 14-unit type.
  const at = (name: string) => {
    const value = text.getAttribute(name) ?? '';
    return (Number.parseFloat(value) || 0) * (value.endsWith('em') ? 14 : 1);
  };
  const centred = text.closest('[text-anchor]')?.getAttribute('text-anchor') === 'middle';
  return { at: [x + at('x'), y + at('y')], centred };
}

/** The ends of each straight run in a line or a path of moves and straight segments. */
function ends(shape: Element): Point[][] {
  const [ox, oy] = origin(shape);
  if (shape.tagName === 'line') {
    const at = (name: string) => Number(shape.getAttribute(name) ?? 0);
    return [
      [
        [ox + at('x1'), oy + at('y1')],
        [ox + at('x2'), oy + at('y2')],
      ],
    ];
  }
  const runs: Point[][] = [];
  let [x, y] = [0, 0];
  for (const [, command = '', args = ''] of (shape.getAttribute('d') ?? '').matchAll(
    /([a-zA-Z])([^a-zA-Z]*)/g,
  )) {
    const n = (args.match(/-?(?:\d*\.\d+|\d+)(?:e-?\d+)?/g) ?? []).map(Number);
    const kind = command.toLowerCase();
    const relative = command === kind;
    // A curve is no leader line: the shape is kept whole.
    if (!'mlhv'.includes(kind)) return [];
    if (kind === 'm') runs.push([]);
    const step = kind === 'h' || kind === 'v' ? 1 : 2;
    for (let i = 0; i + step <= n.length; i += step) {
      const [a = 0, b = 0] = [n[i], n[i + 1]];
      if (kind !== 'v') x = relative ? x + a : a;
      if (kind === 'v') y = relative ? y + a : a;
      else if (kind !== 'h') y = relative ? y + b : b;
      runs.at(-1)?.push([ox + x, oy + y]);
    }
  }
  return runs;
}

/**
 * A line each of whose runs ends at a label's anchor, or just under a centred label, is the labels'
 * leader: it goes with them. (A bar's label sits as far over the bar's start, but from its start.)
 */
function leadsToLabel(shape: Element, labels: readonly Label[]): boolean {
  const runs = ends(shape);
  const near = ([x, y]: Point) =>
    labels.some(
      ({ at: [lx, ly], centred }) =>
        Math.hypot(lx - x, ly - y) < 2 ||
        (centred && Math.abs(lx - x) < 2 && y > ly && y - ly < LEADER_GAP),
    );
  return runs.length > 0 && runs.every((run) => near(run[0] as Point) || near(run.at(-1) as Point));
}

/** Groups that held only words (label halos, tick labels) are left empty: out with them. */
function dropEmptyGroups(root: Element): void {
  let empty = [...root.querySelectorAll('g')].filter((g) => g.children.length === 0);
  while (empty.length > 0) {
    for (const g of empty) g.remove();
    empty = [...root.querySelectorAll('g')].filter((g) => g.children.length === 0);
  }
}

/**
 * The box of the data's marks, with a margin, as a viewBox: the drawing rasterized with everything
 * else hidden (axes' ticks, leader lines, a key's samples and the land around the map's partners
 * fall outside it or are cut at it), read back for the pixels it paints.
 */
async function dataBox(root: Element): Promise<[number, number, number, number]> {
  const probe = root.cloneNode(true) as Element;
  for (const shape of probe.querySelectorAll(SHAPES)) {
    if (!shape.closest(DATA_MARK)) shape.setAttribute('visibility', 'hidden');
  }
  const [x0 = 0, y0 = 0, w = 0, h = 0] = (root.getAttribute('viewBox') ?? '')
    .split(' ')
    .map(Number);
  if (!(w > 0 && h > 0)) throw new Error('chart-thumb: the chart SVG has no usable viewBox');
  probe.setAttribute('width', String(w * SCALE));
  probe.setAttribute('height', String(h * SCALE));
  const { data, info } = await sharp(Buffer.from(probe.outerHTML))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let [left, top, right, bottom] = [info.width, info.height, -1, -1];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if ((data[(y * info.width + x) * info.channels + 3] as number) === 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) throw new Error('chart-thumb: the chart draws no mark in a data colour');
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = Math.max(x0, x0 + left / SCALE - MARGIN);
  const y = Math.max(y0, y0 + top / SCALE - MARGIN);
  const r = Math.min(x0 + w, x0 + (right + 1) / SCALE + MARGIN);
  const b = Math.min(y0 + h, y0 + (bottom + 1) / SCALE + MARGIN);
  return [round(x), round(y), round(r - x), round(b - y)];
}
