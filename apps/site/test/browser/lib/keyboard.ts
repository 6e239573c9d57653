import type { Page } from 'playwright-core';

export interface FocusStop {
  /** The target's name when the focused element is one of the marked targets. */
  target: string | null;
  /** How focus shows: outline and/or box-shadow, or null when nothing is drawn. */
  indicator: string | null;
  /** The focused element has a box and lies, at least partly, in the viewport. */
  onScreen: boolean;
}

/** Where focus is now, judged in the page; null when focus is on the document itself. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const targets = (window as unknown as { __verifyTargets: Map<Element, string> })
      .__verifyTargets;
    const style = getComputedStyle(el);
    const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0\))$/.test(color.trim());
    const outline =
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) > 0 &&
      !transparent(style.outlineColor)
        ? `outline ${style.outlineWidth} ${style.outlineStyle}`
        : null;
    const shadow = style.boxShadow && style.boxShadow !== 'none' ? 'box-shadow' : null;
    const rect = el.getBoundingClientRect();
    return {
      target: targets.get(el) ?? null,
      indicator: [outline, shadow].filter(Boolean).join(' + ') || null,
      onScreen:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth,
    };
  });
}

/**
 * Presses Tab from the top of the page until every name in `wanted` has had focus, focus has gone
 * round once, or `limit` presses; returns every stop. Each press is a real key event, so
 * `:focus-visible` styles apply.
 */
export async function tabThrough(
  page: Page,
  wanted: ReadonlySet<string>,
  limit: number,
): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const missing = new Set(wanted);
  for (let i = 0; i < limit && missing.size > 0; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop === null) {
      if (stops.length > 0) break;
      continue;
    }
    stops.push(stop);
    if (stop.target) missing.delete(stop.target);
  }
  return stops;
}

/** How many elements could take focus: an upper bound for the number of Tab presses. */
export function focusableCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll(
        'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]',
      ).length,
  );
}
