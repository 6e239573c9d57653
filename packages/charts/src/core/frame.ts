import type { LegendItem } from './legend.js';
import { chartStyle, FONT, HALO, MUTED, PALETTE, LINE as TYPE_LINE } from './palette.js';
import { textWidth as measure, wrap } from './text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const LINE = { ...TYPE_LINE, body: TYPE_LINE.small };
/** Bold text runs about a tenth wider than `textWidth` measures. */
const BOLD = 1.1;

export interface FrameSpec {
  /** Chart name, used to make ids unique on a page that shows every chart. */
  chart: string;
  document: Document;
  width: number;
  title: string;
  subtitle?: string | undefined;
  caption?: string | undefined;
  /** Drawn as "Note: …" above the source note, with the headings. */
  note?: string | undefined;
  description: string;
  sourceNote: string;
  legend?: readonly LegendItem[];
  /** When false, title, subtitle and source note are left to the page (kept as <title>/<desc>). */
  headings: boolean;
  /** When false, the page styles the chart (charts.css) and the SVG carries no <style>. */
  stylesheet: boolean;
  idPrefix?: string | undefined;
  /** What Plot drew: its children are moved into the frame. */
  body: Element;
  bodyHeight: number;
}

function el(document: Document, name: string, attrs: Record<string, string | number> = {}) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function textLines(
  document: Document,
  parent: Element,
  lines: readonly string[],
  y: number,
  lineHeight: number,
  className: string,
): number {
  let cursor = y;
  for (const line of lines) {
    cursor += lineHeight;
    const text = el(document, 'text', { x: PAD, y: cursor - 4 });
    if (className) text.setAttribute('class', className);
    text.textContent = line;
    parent.append(text);
  }
  return cursor;
}

function legendRow(document: Document, items: readonly LegendItem[], y: number, width: number) {
  const group = el(document, 'g', { class: 'uad-legend' });
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const itemWidth = 16 + measure(item.label, FONT.small) + 14;
    if (x > PAD && (item.newRow || x + itemWidth > width - PAD)) {
      x = PAD;
      row += 1;
    }
    const top = y + row * LINE.body;
    const swatch = item.outline
      ? el(document, 'rect', { x: x + 0.75, y: top + 4.75, width: 10.5, height: 8.5 })
      : el(document, 'rect', { x, y: top + 4, width: 12, height: 10 });
    // 'ink' takes the SVG's fill, currentColor: no class.
    const hue = item.color === 'muted' ? 'm' : item.color === 'ink' ? null : item.color;
    const filled = !item.outline || item.opacity !== undefined;
    const classes = [filled ? `uad-f${hue}` : '', item.outline ? `uad-k${hue}` : ''];
    if (hue !== null) swatch.setAttribute('class', classes.filter(Boolean).join(' '));
    else if (item.outline) swatch.setAttribute('stroke', 'currentColor');
    if (!filled) swatch.setAttribute('fill', 'none');
    if (item.outline) swatch.setAttribute('stroke-width', '1.5');
    if (item.opacity !== undefined)
      swatch.setAttribute('fill-opacity', String(round(item.opacity)));
    const label = el(document, 'text', { x: x + 16, y: top + 13 });
    label.textContent = item.label;
    group.append(swatch, label);
    x += itemWidth;
  }
  return { group, height: items.length ? (row + 1) * LINE.body + 4 : 0 };
}

const ROUNDED_ATTRS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'r', 'cx', 'cy'];
const NUMBER = /-?\d*\.\d+(?:e-?\d+)?|-?\d+(?:e-?\d+)?/g;

const round = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
};

const roundAll = (text: string) => text.replace(NUMBER, (n) => String(round(Number(n))));

/**
 * Makes Plot's output deterministic and small: one decimal for coordinates, palette colours as
 * classes themed by CSS custom properties, generated ids renumbered from the chart's prefix, and
 * no attributes a role="img" graphic does not need.
 */
function normalize(root: Element, prefix: string) {
  const fillClass = new Map<string, string>(PALETTE.map((hex, i) => [hex, `uad-f${i}`]));
  const strokeClass = new Map<string, string>(PALETTE.map((hex, i) => [hex, `uad-k${i}`]));
  fillClass.set(MUTED, 'uad-fm');
  strokeClass.set(MUTED, 'uad-km');
  strokeClass.set(HALO, 'uad-h');
  const ids = new Map<string, string>();
  for (const node of root.querySelectorAll('*')) {
    for (const name of ROUNDED_ATTRS) {
      const value = node.getAttribute(name);
      if (value !== null && /^-?[\d.]+(?:e-?\d+)?$/.test(value)) {
        node.setAttribute(name, String(round(Number(value))));
      }
    }
    for (const name of ['transform', 'd', 'points']) {
      const value = node.getAttribute(name);
      if (value !== null) node.setAttribute(name, roundAll(value));
    }
    const classes: string[] = [];
    const fill = node.getAttribute('fill')?.toLowerCase();
    if (fill && fillClass.has(fill)) {
      classes.push(fillClass.get(fill) as string);
      node.removeAttribute('fill');
    }
    const stroke = node.getAttribute('stroke')?.toLowerCase();
    if (stroke && strokeClass.has(stroke)) {
      classes.push(strokeClass.get(stroke) as string);
      node.removeAttribute('stroke');
    }
    // Plot sets font-variant="tabular-nums" on axes, which SVG's attribute does not allow (only
    // normal or small-caps): the stylesheet's font-variant-numeric does it instead.
    if (node.getAttribute('font-variant') === 'tabular-nums') {
      classes.push('uad-tn');
      node.removeAttribute('font-variant');
    }
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-hidden');
    if (classes.length) {
      const existing = node.getAttribute('class');
      node.setAttribute('class', [existing, ...classes].filter(Boolean).join(' '));
    }
    const id = node.getAttribute('id');
    if (id !== null && !id.startsWith(prefix)) {
      const renamed = `${prefix}-${ids.size + 1}`;
      ids.set(id, renamed);
      node.setAttribute('id', renamed);
    }
  }
  if (ids.size) {
    for (const node of root.querySelectorAll('*')) {
      for (const attr of Array.from(node.attributes)) {
        const value = attr.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
          ids.has(id) ? `url(#${ids.get(id)})` : whole,
        );
        const linked =
          value.startsWith('#') && ids.has(value.slice(1)) ? `#${ids.get(value.slice(1))}` : value;
        if (linked !== attr.value) node.setAttribute(attr.name, linked);
      }
    }
  }
}

/**
 * Wraps what Plot drew in one standalone, accessible SVG: <title> and <desc> give the accessible
 * name and description; a visible heading, legend and source note are drawn as text so the SVG
 * also stands on its own as a download. Plot's own title/caption/legend options are not used
 * because they make Plot return an HTML <figure> instead of an <svg>.
 */
export function frame(spec: FrameSpec): SVGSVGElement {
  const { document, width } = spec;
  const prefix = spec.idPrefix ?? `uad-${spec.chart}`;
  // The viewBox is set here to keep its place among the attributes, and its height once the
  // content is laid out; a browser reports an empty one as an error in the console.
  const svg = el(document, 'svg', {
    xmlns: SVG_NS,
    viewBox: `0 0 ${width} 0`,
    role: 'img',
    'aria-labelledby': `${prefix}-title`,
    'aria-describedby': `${prefix}-desc`,
    class: 'uad-chart',
    fill: 'currentColor',
    'font-family': 'system-ui,sans-serif',
    'font-size': FONT.small,
  }) as SVGSVGElement;
  const title = el(document, 'title', { id: `${prefix}-title` });
  title.textContent = spec.title;
  const desc = el(document, 'desc', { id: `${prefix}-desc` });
  desc.textContent = `${spec.description} ${spec.sourceNote}`;
  svg.append(title, desc);
  if (spec.stylesheet) {
    const style = el(document, 'style');
    style.textContent = chartStyle();
    svg.append(style);
  }

  const textWidth = width - 2 * PAD;
  let y = 0;
  if (spec.headings) {
    const head = el(document, 'g');
    y = textLines(
      document,
      head,
      wrap(spec.title, textWidth, FONT.title * BOLD),
      4,
      LINE.title,
      'uad-t',
    );
    if (spec.subtitle) {
      y = textLines(
        document,
        head,
        wrap(spec.subtitle, textWidth, FONT.subtitle),
        y,
        LINE.subtitle,
        'uad-s',
      );
    }
    svg.append(head);
    y += 6;
  }
  if (spec.legend?.length) {
    const legend = legendRow(document, spec.legend, y, width);
    svg.append(legend.group);
    y += legend.height;
  }

  const body = el(document, 'g', { transform: `translate(0,${y})`, 'text-anchor': 'middle' });
  for (const child of Array.from(spec.body.childNodes)) {
    if (child.nodeName.toLowerCase() !== 'style') body.append(child);
  }
  svg.append(body);
  y += spec.bodyHeight;

  const foot = el(document, 'g', { class: 'uad-n' });
  if (spec.caption)
    y = textLines(document, foot, wrap(spec.caption, textWidth, FONT.note), y, LINE.note, '');
  if (spec.headings && spec.note) {
    const note = wrap(`Note: ${spec.note}`, textWidth, FONT.note);
    y = textLines(document, foot, note, y, LINE.note, '');
  }
  if (spec.headings) {
    y = textLines(document, foot, wrap(spec.sourceNote, textWidth, FONT.note), y, LINE.note, '');
  }
  if (foot.childNodes.length) svg.append(foot);
  y += 8;

  svg.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(y)}`);
  normalize(svg, prefix);
  return svg;
}
