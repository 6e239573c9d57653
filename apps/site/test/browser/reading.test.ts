import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entities, events, figures, partnerships, quotes, sources } from '@ua-drones/data';
import { expect, test } from 'vitest';
import { distDir } from '../built/lib/site-dist.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// How a reader meets notes, charts and search on the report page (issue 13), in Chromium.
const session = siteSession();

test('a note marker shows its note’s excerpt and source on hover and on focus; Escape hides it', {
  timeout: 60_000,
}, async () => {
  const { page, context } = await openPage(session, base, {
    viewport: { width: 375, height: 812 },
  });
  try {
    // The first marker in view: on a phone the key findings in full are folded.
    const marker = page.locator('a.cite-link:visible').first();
    const note = await marker.evaluate((a) => {
      const li = document.querySelector((a as HTMLAnchorElement).hash);
      return {
        excerpt: li?.querySelector('.excerpt')?.textContent?.trim() ?? '',
        source: li?.querySelector('.note-source')?.textContent?.trim() ?? '',
        describedBy: document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent,
      };
    });
    expect(note.excerpt.length).toBeGreaterThan(20);
    expect(note.describedBy?.trim()).toBe(note.excerpt);
    const tip = page.locator('.note-tip');
    await marker.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const shown = (await tip.textContent()) ?? '';
    expect(shown).toContain(note.excerpt);
    expect(shown).toContain(note.source);
    // Within the window, at phone width.
    const box = await tip.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await marker.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Nothing in the tip can take focus: it repeats the marker's description, hidden from AT.
    expect(await tip.getAttribute('aria-hidden')).toBe('true');
    expect(await tip.locator('a, button, [tabindex]').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('"Describe this chart" opens the chart’s description, which its SVG also gives', {
  timeout: 60_000,
}, async () => {
  const { page, context } = await openPage(session, base);
  try {
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(0);
    const figure = figures.first();
    const description = figure.locator('.chart-describe p');
    expect(await description.isVisible()).toBe(false);
    await figure.getByText('Describe this chart').click();
    expect(await description.isVisible()).toBe(true);
    const text = (await description.textContent())?.trim() ?? '';
    const desc = await figure.evaluate((f) => {
      const svg = f.querySelector('svg');
      return document.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent;
    });
    expect(text.length).toBeGreaterThan(20);
    expect(desc).toContain(text);
  } finally {
    await context.close();
  }
});

/** Ids of every record and source: search excerpts must not show them. */
const ids = [...figures, ...events, ...partnerships, ...quotes, ...sources, ...entities]
  .map((r) => r.id)
  .filter((id) => id.includes('-'));

test('searching "Denmark" finds the report’s sections that discuss it, with excerpts free of marks and ids', {
  timeout: 120_000,
}, async () => {
  if (!existsSync(join(distDir, 'pagefind'))) return; // no search index in this build
  const { page, context } = await openPage(session, `${base}search/`);
  try {
    // A string, so that Vitest leaves the page's own import() alone. The ranking is the search
    // page's (public/scripts/search.js).
    const results = await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      await pagefind.options({ ranking: { pageLength: 0 } });
      const search = await pagefind.search('Denmark');
      return Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    })()`);
    type Result = {
      url: string;
      excerpt: string;
      sub_results: Array<{ url: string; title: string; excerpt: string }>;
    };
    const list = results as Result[];
    // On the first page of results the search page shows (Pagefind UI's page size is 5).
    const report = list.findIndex((r) => r.url === base);
    expect(
      report,
      `the report is not among the first results: ${list.map((r) => r.url)}`,
    ).toBeGreaterThanOrEqual(0);
    const sections = (list[report] as Result).sub_results;
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.url).toMatch(new RegExp(`^${base}#[\\w-]+$`));
    const excerpts = list.flatMap((r) => [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]);
    const plain = excerpts.map((e) => e.replace(/<\/?mark>/g, ''));
    for (const text of plain) {
      expect(text).not.toMatch(/\bnote \d+/);
      expect(text).not.toContain('(inferred)');
      for (const id of ids) expect(text, `an excerpt shows the id "${id}"`).not.toContain(id);
    }
  } finally {
    await context.close();
  }
});
