import type { Page } from 'playwright-core';
import { CHART_SVG, CITATION_MARKER, TOC_LINKS } from './selectors.ts';

export interface StaticInventory {
  words: number;
  headings: number;
  tocLinks: number;
  charts: number;
  markers: number;
  problems: string[];
}

/**
 * What a reader without JavaScript gets: the text of `<main>`, its headings, table-of-contents
 * links that point at existing sections, charts drawn (non-zero, visible), and citation markers
 * whose notes exist. A report page (`report: true`) must also have the reader's furniture: a table
 * of contents, and a "show as table" control on each chart.
 */
export function staticInventory(
  page: Page,
  { report }: { report: boolean },
): Promise<StaticInventory> {
  return page.evaluate(
    ({ tocSelector, chartSelector, markerSelector, report }) => {
      const problems: string[] = [];
      const shown = (el: Element) => {
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          rect.width > 0 &&
          rect.height > 0 &&
          style.visibility !== 'hidden' &&
          Number(style.opacity) > 0
        );
      };
      const main = document.querySelector('main');
      if (!main) problems.push('no <main> element');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: what a reader sees.
      const words = main ? main.innerText.split(/\s+/).filter(Boolean).length : 0;
      const headings = main ? [...main.querySelectorAll('h1, h2')] : [];
      for (const h of headings)
        if (!shown(h)) problems.push(`heading "${h.textContent?.trim()}" is not shown`);

      const labelOf = (nav: Element) =>
        `${nav.getAttribute('aria-label') ?? ''} ${(nav.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')}`;
      const toc = [...document.querySelectorAll<HTMLAnchorElement>(tocSelector)].filter((a) => {
        const nav = a.closest('nav');
        return nav && (nav.getAttribute('role') === 'doc-toc' || /contents/i.test(labelOf(nav)));
      });
      if (report && toc.length === 0)
        problems.push('no table of contents (a <nav> named "Contents" with in-page links)');
      for (const a of toc) {
        const id = decodeURIComponent(a.hash.slice(1));
        if (!document.getElementById(id))
          problems.push(`TOC link "${a.textContent?.trim()}" points at missing #${id}`);
        if (!shown(a)) problems.push(`TOC link "${a.textContent?.trim()}" is not shown`);
      }

      const charts = [...document.querySelectorAll(chartSelector)];
      charts.forEach((svg, i) => {
        if (!shown(svg)) problems.push(`chart #${i + 1} is not drawn (zero size or hidden)`);
        if (report && !svg.closest('figure')?.querySelector('details > summary')) {
          problems.push(`chart #${i + 1} has no "show as table" <details>`);
        }
      });

      const markers = [...document.querySelectorAll<HTMLAnchorElement>(markerSelector)];
      for (const a of markers) {
        const id = decodeURIComponent(a.hash.slice(1));
        if (!document.getElementById(id))
          problems.push(`citation marker "${a.textContent?.trim()}" points at missing #${id}`);
      }
      return {
        words,
        headings: headings.length,
        tocLinks: toc.length,
        charts: charts.length,
        markers: markers.length,
        problems,
      };
    },
    { tocSelector: TOC_LINKS, chartSelector: CHART_SVG, markerSelector: CITATION_MARKER, report },
  );
}

/** Is the element with this id shown and at least partly inside the viewport? */
export function isInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
  }, id);
}
