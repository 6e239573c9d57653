import type { DocumentLike, ElementLike } from './core/dom.js';

// jsdom and svgo are optional peer dependencies: only this entry needs them, so a browser-only
// user installs neither (svgo alone is about 8 MB). A missing one fails here, by name.
const { JSDOM } = await peer('jsdom', () => import('jsdom'));
const { optimize } = await peer('svgo', () => import('svgo'));

async function peer<Module>(name: string, load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    const missing =
      error instanceof Error &&
      'code' in error &&
      error.code === 'ERR_MODULE_NOT_FOUND' &&
      error.message.includes(`'${name}'`);
    if (!missing) throw error;
    throw new Error(
      `@ua-drones/charts/ssr renders in Node with ${name}, which is not installed: run \`npm install ${name}\` (jsdom and svgo are optional peer dependencies, needed by this entry only)`,
      { cause: error },
    );
  }
}

/** A document for the charts' `document` option when rendering outside a browser. */
export function createDocument(): DocumentLike {
  return new JSDOM('').window.document;
}

/**
 * Serializes a chart to standalone SVG markup: the xmlns a `.svg` file needs is already on the
 * element; svgo then shortens path data and numbers. Ids are kept (svgo's cleanupIds would drop
 * the ones aria-labelledby points at), as are <title> and <desc>.
 */
export function renderToString(chart: ElementLike): string {
  const tag = typeof chart?.tagName === 'string' ? `<${chart.tagName.toLowerCase()}>` : null;
  if (tag !== '<svg>') {
    throw new TypeError(
      `renderToString: expects the <svg> element a chart's render() returns, got ${tag ?? String(chart)}`,
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
