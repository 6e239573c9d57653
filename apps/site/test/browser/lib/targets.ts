import type { Page } from 'playwright-core';
import { CHART_TABLE_TOGGLE, CITATION_MARKER, TOC_LINKS } from './selectors.ts';

export type TargetKind = 'citation marker' | 'chart table toggle' | 'TOC link';

export interface TargetCounts {
  'citation marker': number;
  'chart table toggle': number;
  'TOC link': number;
}

/**
 * Marks, inside the page, the elements keyboard and no-JS checks are about, under
 * `window.__verifyTargets` (element -> "kind #index: text"). Returns the counts per kind, and the
 * targets inside a closed `<details>` (not tabbable until it is opened, which is by design).
 */
export function markTargets(
  page: Page,
): Promise<{ counts: TargetCounts; insideClosedDetails: string[] }> {
  return page.evaluate(
    ({ selectors }) => {
      const label = (el: Element) => {
        const ids = el.getAttribute('aria-labelledby');
        const byIds = ids
          ? ids
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : '';
        return `${el.getAttribute('aria-label') ?? ''} ${byIds}`;
      };
      const targets = new Map<Element, string>();
      const counts: Record<string, number> = {};
      const insideClosedDetails: string[] = [];
      for (const [kind, selector] of selectors) {
        let elements = [...document.querySelectorAll(selector)];
        if (kind === 'TOC link') {
          elements = elements.filter((a) => {
            const nav = a.closest('nav');
            return nav && (nav.getAttribute('role') === 'doc-toc' || /contents/i.test(label(nav)));
          });
        }
        counts[kind] = elements.length;
        elements.forEach((el, i) => {
          const name = `${kind} #${i + 1} "${(el.textContent ?? '').trim().slice(0, 30)}" (${el.getAttribute('href') ?? el.tagName.toLowerCase()})`;
          const closed = el.parentElement?.closest('details:not([open])');
          // A summary is always rendered; anything else inside a closed details is not.
          if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) {
            insideClosedDetails.push(name);
          } else targets.set(el, name);
        });
      }
      (window as unknown as { __verifyTargets: Map<Element, string> }).__verifyTargets = targets;
      return { counts: counts as unknown as TargetCounts, insideClosedDetails };
    },
    {
      selectors: [
        ['citation marker', CITATION_MARKER],
        ['chart table toggle', CHART_TABLE_TOGGLE],
        ['TOC link', TOC_LINKS],
      ] as Array<[TargetKind, string]>,
    },
  );
}

/** The names of the marked targets still left in the page, in document order. */
export function targetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { __verifyTargets: Map<Element, string> }).__verifyTargets.values(),
  ]);
}
