import { describe, expect, test } from 'vitest';
import { chartThumb, hasThumb, parseSvg, wordless } from '../src/lib/chart-thumb.ts';
import { chartNames, renderChart } from '../src/lib/charts.ts';

const parse = parseSvg;
const viewBox = (root: Element) => (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
/** Shapes in a party's colour, outside the legend: the data's marks. */
const dataMarks = (root: Element) =>
  [...root.querySelectorAll('[class*="uad-f"], [class*="uad-k"]')].filter(
    (node) => !node.closest('.uad-legend') && node.tagName !== 'text' && node.tagName !== 'g',
  ).length;

test('drops words, the legend and the lines that lead to labels; frames the data marks', async () => {
  const source = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" role="img" aria-labelledby="t" fill="currentColor"><title id="t">T</title><desc>D</desc>
<g class="uad-legend"><rect x="12" y="4" width="12" height="10" class="uad-f2"/><text x="28" y="13">Key</text></g>
<g transform="translate(0 40)"><rect x="100" y="50" width="200" height="20" class="uad-f0"/>
<g fill="none" stroke="currentColor"><path d="m150 60 30-30"/></g>
<g class="uad-h"><text transform="translate(180 30)">Label</text></g>
<g stroke="currentColor"><line x1="120" x2="120" y1="48" y2="40"/></g>
<g text-anchor="middle"><text y=".3em" transform="translate(120 31)">Note over a mark</text></g>
<g stroke="currentColor"><line x1="100" x2="100" y1="50" y2="70"/></g>
<g text-anchor="start"><text transform="translate(100 45)">A bar's label, over its start</text></g></g></svg>`;
  const thumb = await wordless(source);
  const root = parse(thumb.svg);
  expect(root.querySelectorAll('text, title, desc, .uad-legend, path')).toHaveLength(0);
  // The leader under the centred note is gone; the bar's own base line, under its label, stays.
  expect([...root.querySelectorAll('line')].map((l) => l.getAttribute('x1'))).toEqual(['100']);
  expect(root.hasAttribute('role')).toBe(false);
  expect(root.querySelectorAll('rect.uad-f0')).toHaveLength(1);
  // The bar, 100–300 across and 90–110 down, with the margin round it.
  const [x = 0, y = 0, w = 0, h = 0] = viewBox(root);
  expect(x).toBeGreaterThan(90);
  expect(x).toBeLessThanOrEqual(100);
  expect(y).toBeGreaterThan(80);
  expect(y).toBeLessThanOrEqual(90);
  expect(x + w).toBeGreaterThanOrEqual(300);
  expect(x + w).toBeLessThan(310);
  expect(y + h).toBeGreaterThanOrEqual(110);
  expect(y + h).toBeLessThan(120);
  expect(thumb.aspect).toBeCloseTo(h / w);
});

describe.each(chartNames().filter(hasThumb))('the %s chart’s thumbnail', (name) => {
  test('has no word and every data mark, inside the chart’s frame', async () => {
    const source = parse(renderChart(name).svg);
    const root = parse((await chartThumb(name)).svg);
    expect(root.querySelectorAll('text, title, desc, .uad-legend')).toHaveLength(0);
    expect(dataMarks(root)).toBe(dataMarks(source));
    expect(dataMarks(root)).toBeGreaterThan(0);
    const [x = 0, y = 0, w = 0, h = 0] = viewBox(root);
    const [sx = 0, sy = 0, sw = 0, sh = 0] = viewBox(source);
    expect(x).toBeGreaterThanOrEqual(sx);
    expect(y).toBeGreaterThanOrEqual(sy);
    expect(x + w).toBeLessThanOrEqual(sx + sw);
    expect(y + h).toBeLessThanOrEqual(sy + sh);
  });
});
