import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Span {
  start: number;
  end: number;
}

export interface HtmlParts {
  /** Outermost <svg> elements, as written in the file. */
  svg: string[];
  /** Bodies of <script> elements without src. */
  inlineScripts: string[];
  /** Bodies of <style> elements. */
  inlineStyles: string[];
  /** Charts: <figure data-chart="name">, in page order. */
  charts: ChartSlot[];
}

export interface ChartSlot {
  name: string;
  /** The whole <figure> element. */
  figure: Span;
  /** The inside of its .chart-svg container, where the SVG sits (null if it has none). */
  svgContainerInner: Span | null;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const hasClass = (element: Element, name: string) =>
  (attr(element, 'class') ?? '').split(/\s+/).includes(name);

function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children =
    'content' in node && node.content
      ? node.content.childNodes
      : 'childNodes' in node
        ? node.childNodes
        : [];
  for (const child of children) yield* walk(child);
}

function outer(element: Element): Span {
  const location = element.sourceCodeLocation;
  if (!location) throw new Error(`no source location for <${element.tagName}>`);
  return { start: location.startOffset, end: location.endOffset };
}

function inner(element: Element): Span {
  const location = element.sourceCodeLocation;
  if (!location?.startTag || !location.endTag)
    throw new Error(`<${element.tagName}> has no start or end tag in the source`);
  return { start: location.startTag.endOffset, end: location.endTag.startOffset };
}

/** The parts of a built page that the byte table splits out, read from the HTML as written. */
export function htmlParts(html: string): HtmlParts {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const parts: HtmlParts = { svg: [], inlineScripts: [], inlineStyles: [], charts: [] };
  const slice = (span: Span) => html.slice(span.start, span.end);
  for (const element of walk(document)) {
    if (
      element.tagName === 'svg' &&
      !(
        element.parentNode &&
        isElement(element.parentNode) &&
        element.parentNode.namespaceURI === element.namespaceURI
      )
    ) {
      parts.svg.push(slice(outer(element)));
    } else if (element.tagName === 'script' && attr(element, 'src') === undefined) {
      parts.inlineScripts.push(slice(inner(element)));
    } else if (element.tagName === 'style') {
      parts.inlineStyles.push(slice(inner(element)));
    } else if (element.tagName === 'figure' && attr(element, 'data-chart') !== undefined) {
      const container = [...walk(element)].find((e) => hasClass(e, 'chart-svg'));
      parts.charts.push({
        name: attr(element, 'data-chart') as string,
        figure: outer(element),
        svgContainerInner: container ? inner(container) : null,
      });
    }
  }
  return parts;
}

/** Replaces spans of `html` (non-overlapping) with new text. */
export function splice(html: string, edits: ReadonlyArray<Span & { text: string }>): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
