/**
 * What the checks look for, by the semantics the report uses (issue 5): numbered markers link to
 * `#note-<n>`, a chart is a `<figure>` with an inline `<svg>` and a "show as table" `<details>`, and
 * the table of contents is a `<nav>` named "Contents" (or `role="doc-toc"`).
 */
export const CITATION_MARKER = 'a[href^="#note-"]';
export const CHART_TABLE_TOGGLE = 'figure details:has(table) > summary';
/** Chart drawings: a figure's outermost SVGs that are not hidden from assistive technology. */
export const CHART_SVG = 'figure svg:not(svg svg):not([aria-hidden="true"])';
/** Table of contents links: in-page links inside a nav named "Contents" or marked doc-toc. */
export const TOC_LINKS =
  'nav[role="doc-toc"] a[href^="#"], nav[aria-label*="contents" i] a[href^="#"], nav[aria-labelledby] a[href^="#"]';
/** A labelled nav counts as the TOC only when its label says "contents" (checked in the page). */
export const TOC_LABEL = /contents/i;
