/**
 * Element ids that stay unique on a page when one component renders many times (an inferred
 * date shown twice). Keyed by the page's path: Astro renders one page at a time.
 */
const used = new Map<string, Map<string, number>>();

export function pageId(page: string, base: string): string {
  const counts = used.get(page) ?? new Map<string, number>();
  used.set(page, counts);
  const count = (counts.get(base) ?? 0) + 1;
  counts.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
