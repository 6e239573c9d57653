import * as Plot from '@observablehq/plot';

export interface BarDatum {
  label: string;
  value: number;
}

export interface ChartOptions {
  width?: number;
  document?: Document;
}

/** Horizontal bars, one per datum, labelled with their value. */
export function barChart(data: readonly BarDatum[], { width = 640, document }: ChartOptions = {}) {
  return Plot.plot({
    width,
    marginLeft: 120,
    x: { grid: true },
    y: { label: null },
    marks: [Plot.barX(data, { x: 'value', y: 'label', fill: 'currentColor' }), Plot.ruleX([0])],
    ...(document ? { document } : {}),
  });
}
