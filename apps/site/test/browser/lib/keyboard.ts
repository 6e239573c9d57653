import type { Page } from 'playwright-core';

export interface FocusStop {
  /** The target's name when the focused element is one of the marked targets. */
  target: string | null;
  /** How focus shows: outline and/or box-shadow, or null when nothing is drawn. */
  indicator: string | null;
  /** The focused element has a box and lies, at least partly, in the viewport. */
  onScreen: boolean;
}

/**
 * Tab presses sent at once, then read back in one round trip. Chromium handles one target's input
 * events in the order they were sent, so a batch moves focus as presses awaited one by one would.
 */
const PRESSES_PER_READ = 20;

/** A Tab key as Playwright's `keyboard.press('Tab')` sends it over the DevTools protocol. */
const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };

/**
 * Starts recording, in the page, where focus is after each key press: a `keyup` listener judges
 * `document.activeElement` once the press has moved focus (so `:focus-visible` applies), as a read
 * after each press would, and pushes the stop, or null when focus is on the document itself
 * (Tab past the last element). `takeRecorded` reads the record back in batches.
 */
function recordFocus(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __verifyTargets: Map<Element, string>;
      __focusRecord: Array<FocusStop | null>;
    };
    w.__focusRecord = [];
    const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0\))$/.test(color.trim());
    const stop = (): FocusStop | null => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const style = getComputedStyle(el);
      const outline =
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) > 0 &&
        !transparent(style.outlineColor)
          ? `outline ${style.outlineWidth} ${style.outlineStyle}`
          : null;
      const shadow = style.boxShadow && style.boxShadow !== 'none' ? 'box-shadow' : null;
      const rect = el.getBoundingClientRect();
      return {
        target: w.__verifyTargets.get(el) ?? null,
        indicator: [outline, shadow].filter(Boolean).join(' + ') || null,
        onScreen:
          rect.width > 0 &&
          rect.height > 0 &&
          rect.bottom > 0 &&
          rect.right > 0 &&
          rect.top < innerHeight &&
          rect.left < innerWidth,
      };
    };
    window.addEventListener('keyup', () => w.__focusRecord.push(stop()), true);
  });
}

/** The stops recorded since the last call, emptying the page's record. */
function takeRecorded(page: Page): Promise<Array<FocusStop | null>> {
  return page.evaluate(() =>
    (window as unknown as { __focusRecord: Array<FocusStop | null> }).__focusRecord.splice(0),
  );
}

/**
 * Presses Tab from the top of the page until every name in `wanted` has had focus, focus has gone
 * round once, or `limit` presses; returns every stop up to there. Each press is a real key event
 * (the DevTools protocol's, as Playwright sends it), so `:focus-visible` styles apply. Presses go
 * out `PRESSES_PER_READ` at a time without waiting for each (waiting made a press cost several
 * round trips: about 500 presses on the report page); the page records the stop after each press
 * (`recordFocus`), and the stops past the end condition are dropped, so the stops are those a
 * read after each press gives.
 */
export async function tabThrough(
  page: Page,
  wanted: ReadonlySet<string>,
  limit: number,
): Promise<FocusStop[]> {
  await recordFocus(page);
  const cdp = await page.context().newCDPSession(page);
  const stops: FocusStop[] = [];
  const missing = new Set(wanted);
  try {
    for (let pressed = 0; pressed < limit && missing.size > 0; ) {
      const batch = Math.min(PRESSES_PER_READ, limit - pressed);
      await Promise.all(
        Array.from({ length: batch }, () => [
          cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
          cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
        ]).flat(),
      );
      pressed += batch;
      const recorded = await takeRecorded(page);
      // A key-up the page did not see (focus inside a frame) would shift every later stop.
      if (recorded.length !== batch)
        throw new Error(
          `${batch} Tab presses, ${recorded.length} recorded by ${page.url()}: focus went where its key-up listener cannot see (into a frame?)`,
        );
      for (const stop of recorded) {
        if (stop === null) {
          if (stops.length > 0) return stops;
          continue;
        }
        stops.push(stop);
        if (stop.target) missing.delete(stop.target);
        if (missing.size === 0) return stops;
      }
    }
    return stops;
  } finally {
    await cdp.detach();
  }
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
