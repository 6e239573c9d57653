/** A document for the charts' `document` option when rendering outside a browser. */
export declare function createDocument(): Document;

/**
 * Serializes a chart to standalone SVG markup: the xmlns a `.svg` file needs is already on the
 * element; svgo then shortens path data and numbers. Ids are kept (svgo's cleanupIds would drop
 * the ones aria-labelledby points at), as are <title> and <desc>.
 */
export declare function renderToString(chart: Element): string;

export { }
