/** A document for the charts' `document` option when rendering outside a browser. */
export declare function createDocument(): DocumentLike;

/** The DOM's `Document`; without lib "dom", anything that creates namespaced elements (jsdom's). */
declare type DocumentLike = DomType<'Document', {
    createElementNS(namespace: string | null, qualifiedName: string): unknown;
}>;

declare type DomType<Name extends string, StandIn> = typeof globalThis extends Record<Name, {
    prototype: infer Type;
}> ? Type : StandIn;

/** The DOM's `Element`; without lib "dom", its markup and tag. */
declare type ElementLike = DomType<'Element', MarkupElement>;

/** What a chart's element offers outside the DOM's types: its markup and its tag. */
declare interface MarkupElement {
    readonly tagName: string;
    readonly outerHTML: string;
}

/**
 * Serializes a chart to standalone SVG markup: the xmlns a `.svg` file needs is already on the
 * element; svgo then shortens path data and numbers. Ids are kept (svgo's cleanupIds would drop
 * the ones aria-labelledby points at), as are <title> and <desc>.
 */
export declare function renderToString(chart: ElementLike): string;

export { }
