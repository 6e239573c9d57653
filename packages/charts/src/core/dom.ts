// The DOM's types where the caller's TypeScript has them (lib "dom"), and structural stand-ins
// where it has not (a Node-only tsconfig), so the published declarations type-check either way
// and a browser caller still gets the real SVGSVGElement. `typeof globalThis` holds the DOM's
// constructors only when lib "dom" is loaded.
type DomType<Name extends string, StandIn> =
  typeof globalThis extends Record<Name, { prototype: infer Type }> ? Type : StandIn;

/** What a chart's element offers outside the DOM's types: its markup and its tag. */
interface MarkupElement {
  readonly tagName: string;
  readonly outerHTML: string;
}

/** The DOM's `Document`; without lib "dom", anything that creates namespaced elements (jsdom's). */
export type DocumentLike = DomType<
  'Document',
  { createElementNS(namespace: string | null, qualifiedName: string): unknown }
>;

/** The DOM's `Element`; without lib "dom", its markup and tag. */
export type ElementLike = DomType<'Element', MarkupElement>;

/** The DOM's `SVGSVGElement`; without lib "dom", its markup and tag. */
export type SvgElementLike = DomType<'SVGSVGElement', MarkupElement>;
