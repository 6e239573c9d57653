import * as Plot from '@observablehq/plot';
import type { DrawContext } from './chart.js';

/**
 * A plot whose marks are placed in SVG pixels by the chart itself (lists, grids, diagrams): identity
 * scales, no axes, no margin, so Plot draws exactly where the layout says.
 */
export function pixelPlot({ document, width }: DrawContext, height: number, marks: Plot.Markish[]) {
  return Plot.plot({
    document,
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  });
}
