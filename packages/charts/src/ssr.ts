import { JSDOM } from 'jsdom';
import { optimize } from 'svgo';

/** A document for the charts' `document` option when rendering outside a browser. */
export function createDocument(): Document {
  return new JSDOM('').window.document;
}

/**
 * Serializes a chart to standalone SVG markup: the xmlns a `.svg` file needs is already on the
 * element; svgo then shortens path data and numbers. Ids are kept (svgo's cleanupIds would drop
 * the ones aria-labelledby points at), as are <title> and <desc>.
 */
export function renderToString(chart: Element): string {
  if (chart.tagName.toLowerCase() !== 'svg') {
    throw new Error(
      `renderToString: expected an <svg> chart, got <${chart.tagName.toLowerCase()}>`,
    );
  }
  const { data } = optimize(chart.outerHTML, {
    floatPrecision: 1,
    plugins: [
      'cleanupNumericValues',
      'convertPathData',
      'convertTransform',
      'mergePaths',
      'removeEmptyContainers',
      'removeEmptyText',
    ],
  });
  return data;
}
