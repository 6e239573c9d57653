import { expect, test } from 'vitest';
import { base, openPage, siteSession } from './lib/site-session.ts';

// When the window narrows (a tablet turns, a desktop window is resized) the report's end matter must
// fit the new width. Kept as a guard against `content-visibility: auto`, which would cut the report's
// layout work before first paint: Chromium 156 keeps a section skipped during the resize at its old
// width (notes 672 px wide in a 375 px window), and charts in skipped chapters the same.
const session = siteSession();

test('after the window narrows, the notes and references fit the new width', {
  timeout: 60_000,
}, async () => {
  const { page, context } = await openPage(session, base);
  // Two animation frames: the layout of what the last step changed has been done and painted.
  const settled = () =>
    page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  try {
    const sections = ['.notes', '.references'];
    for (const selector of sections)
      expect(await page.locator(selector).count(), `the report page has no ${selector}`).toBe(1);
    // Lay out the page at the wide width, end matter included, then go back to the top.
    await page.evaluate(() => document.querySelector('.references')?.scrollIntoView());
    await settled();
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled();
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForFunction(() => window.innerWidth === 375);
    await settled();
    for (const selector of sections) {
      await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), selector);
      await settled();
      const box = await page.evaluate((s) => {
        const r = (document.querySelector(s) as Element).getBoundingClientRect();
        return { right: r.right, page: document.documentElement.scrollWidth };
      }, selector);
      expect(box.right, `${selector} is wider than the 375 px window`).toBeLessThanOrEqual(375);
      expect(box.page, `the page scrolls sideways at ${selector}`).toBeLessThanOrEqual(375);
    }
  } finally {
    await context.close();
  }
});
