import type { Page } from 'playwright-core';
import { CHART_SVG } from './selectors.ts';

export interface ChartReport {
  name: string;
  problems: string[];
}

/**
 * Judges every chart SVG where it sits at the current viewport: visible with a non-zero box,
 * inside the viewport horizontally, not cut by an ancestor that hides overflow, and with all of its
 * drawing (and every label) inside its own viewBox.
 */
export function inspectCharts(page: Page): Promise<ChartReport[]> {
  return page.evaluate((selector) => {
    const tolerance = 1;
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : el.classList[0] ? ` class="${el.classList[0]}"` : ''}>`;
    return [...document.querySelectorAll<SVGSVGElement>(selector)].map((svg, index) => {
      const figure = svg.closest('figure');
      const name = `chart #${index + 1}${figure?.id ? ` (#${figure.id})` : ''}`;
      const problems: string[] = [];
      svg.scrollIntoView({ block: 'center' });
      const rect = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      if (rect.width <= 0 || rect.height <= 0)
        problems.push(`zero size (${rect.width}×${rect.height})`);
      if (
        style.visibility === 'hidden' ||
        style.display === 'none' ||
        Number(style.opacity) === 0
      ) {
        problems.push('hidden by CSS');
      }
      const viewportWidth = document.documentElement.clientWidth;
      if (rect.left < -tolerance || rect.right > viewportWidth + tolerance) {
        problems.push(
          `extends outside the ${viewportWidth} px viewport (left ${Math.round(rect.left)}, right ${Math.round(rect.right)})`,
        );
      }
      for (let el = svg.parentElement; el && el !== document.body; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const box = el.getBoundingClientRect();
        if (
          rect.left < box.left - tolerance ||
          rect.right > box.right + tolerance ||
          (s.overflowY !== 'visible' &&
            (rect.top < box.top - tolerance || rect.bottom > box.bottom + tolerance))
        ) {
          problems.push(
            `cut by ${describe(el)} (overflow ${s.overflowX}/${s.overflowY}: ${Math.round(box.width)} px wide, the chart ${Math.round(rect.width)} px)`,
          );
        }
      }
      const viewBox = svg.viewBox.baseVal;
      if (viewBox && viewBox.width > 0 && viewBox.height > 0) {
        const content = svg.getBBox();
        if (
          content.x < viewBox.x - tolerance ||
          content.y < viewBox.y - tolerance ||
          content.x + content.width > viewBox.x + viewBox.width + tolerance ||
          content.y + content.height > viewBox.y + viewBox.height + tolerance
        ) {
          problems.push(
            `drawing exceeds its viewBox (${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}): content spans ${Math.round(content.x)} ${Math.round(content.y)} ${Math.round(content.width)} ${Math.round(content.height)}`,
          );
        }
      }
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        if (
          box.left < rect.left - tolerance ||
          box.right > rect.right + tolerance ||
          box.top < rect.top - tolerance ||
          box.bottom > rect.bottom + tolerance
        ) {
          problems.push(
            `label "${(text.textContent ?? '').trim().slice(0, 30)}" is cut at the chart's edge`,
          );
        }
      }
      return { name, problems };
    });
  }, CHART_SVG);
}

/**
 * The accessible name Chromium computes for each chart SVG (its accessibility tree, through the
 * DevTools protocol), in document order; '' when it has none or is hidden from assistive tech.
 */
export async function chartNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: CHART_SVG,
    });
    const names: string[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        nodeId,
        fetchRelatives: false,
      });
      const node = nodes[0];
      names.push(node && !node.ignored ? String(node.name?.value ?? '').trim() : '');
    }
    return names;
  } finally {
    await cdp.detach();
  }
}
