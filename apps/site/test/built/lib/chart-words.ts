import type { DefaultTreeAdapterTypes } from 'parse5';
import { attr, type Element } from './html.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Text a reader does not see where it stands: hidden, or inside a closed <details> (not its summary). */
function unseen(element: Element, insideClosedDetails: boolean): boolean {
  const classes = (attr(element, 'class') ?? '').split(/\s+/);
  return (
    ['title', 'desc', 'style', 'script', 'template'].includes(element.tagName) ||
    attr(element, 'hidden') !== undefined ||
    classes.includes('visually-hidden') ||
    (insideClosedDetails && element.tagName !== 'summary')
  );
}

/**
 * The words a reader sees in a chart's <figure> before its drawing (the first <svg>), leaving out
 * what the chart itself says: its number, its title where it heads the figure (`.chart-title`),
 * its subtitle (`.chart-subtitle`, what is measured) and its source line (`.chart-source`). What
 * is left is what a page adds, the takeaway and the like: what issue 13 caps at 45. Words are
 * runs of text with at least one letter.
 */
export function wordsBeforeChart(figure: Element): string[] {
  const words: string[] = [];
  let reached = false;
  const walk = (node: Node, closedDetails: boolean) => {
    if (reached) return;
    if ('value' in node && node.nodeName === '#text') {
      words.push(...node.value.split(/\s+/).filter((w) => /\p{L}/u.test(w)));
      return;
    }
    if (!('tagName' in node)) return;
    if (node.tagName === 'svg') {
      reached = true;
      return;
    }
    const classes = (attr(node, 'class') ?? '').split(/\s+/);
    const own = ['figure-number', 'chart-title', 'chart-subtitle', 'chart-source'];
    if (classes.some((c) => own.includes(c))) return;
    if (unseen(node, closedDetails)) return;
    const closed = node.tagName === 'details' ? attr(node, 'open') === undefined : closedDetails;
    for (const child of node.childNodes) walk(child, closed);
  };
  for (const child of figure.childNodes) walk(child, false);
  return words;
}
