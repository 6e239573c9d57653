import { type DefaultTreeAdapterTypes, parse } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
export type Document = DefaultTreeAdapterTypes.Document;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

export function parseHtml(html: string): Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

function isElement(node: ChildNode): node is Element {
  return 'tagName' in node;
}

/** Every element in document order, including those inside `<template>` content. */
export function* elements(root: ParentNode): Generator<Element> {
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template' && 'content' in child) {
      yield* elements((child as DefaultTreeAdapterTypes.Template).content);
    }
  }
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Raw text of an element's text children: for `<script>` and `<style>`, the bytes CSP hashes. */
export function rawText(element: Element): string {
  return element.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

/** Visible-ish text for messages: collapsed and cut short. */
export function textOf(element: Element, max = 40): string {
  const parts: string[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if ('value' in child) parts.push(child.value);
      else if (isElement(child)) walk(child);
    }
  };
  walk(element);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A short description that lets a reader find the element: tag, id/class and source line. */
export function describe(element: Element, attribute?: string): string {
  const id = attr(element, 'id');
  const cls = attr(element, 'class')?.trim().split(/\s+/)[0];
  const value = attribute ? attr(element, attribute) : undefined;
  const line = element.sourceCodeLocation?.startLine;
  return [
    `<${element.tagName}`,
    id ? ` id="${id}"` : cls ? ` class="${cls}…"` : '',
    attribute && value !== undefined ? ` ${attribute}="${value}"` : '',
    '>',
    line ? ` (line ${line})` : '',
  ].join('');
}
