import { JSDOM } from 'jsdom';

/** A document for Plot's `document` option when rendering outside a browser. */
export function createDocument(): Document {
  return new JSDOM('').window.document;
}

/** Serializes a chart to standalone SVG markup (with the namespaces a `.svg` file needs). */
export function renderToString(chart: Element): string {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  if (!svg) throw new Error('renderToString: the chart has no <svg> element');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return chart.outerHTML;
}
