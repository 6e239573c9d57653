import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, distDir } from '../built/lib/site-dist.ts';
import { headlineOf } from '../chart-headline.ts';
import { browserChecksOn } from './lib/browser-checks.ts';
import { type PageTrouble, watchPage } from './lib/page-watch.ts';
import { base, openPage, siteSession } from './lib/site-session.ts';

// An embed page inside another site: a host page on a second loopback port carries the chart page's
// own <iframe> snippet. The chart must render there, fit its frame, follow the reader's colour
// scheme, and load nothing but the two origins. And the Copy buttons: reachable by keyboard, they
// copy the citation and say so to screen readers.
const session = siteSession();
const CHART = 'production';
let host: Server;
let hostOrigin: string;

async function snippet(): Promise<string> {
  const html = await readFile(join(distDir, `charts/${CHART}/index.html`), 'utf8');
  const code = /<code id="embed-[^"]+-code">([^<]*)<\/code>/.exec(html)?.[1];
  if (!code) throw new Error(`charts/${CHART}/ has no embed snippet`);
  const decoded = code
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  // A local build's snippet links from the site's root, which here is the other server's.
  return decoded.replace(
    /src="(\/[^"]*)"/,
    (_, path: string) => `src="${session.server.origin}${path}"`,
  );
}

beforeAll(async () => {
  if (!browserChecksOn) return;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Host</title></head><body style="max-width:40rem;margin:1rem auto"><h1>Someone else's page</h1>${await snippet()}<p>After the chart.</p></body></html>`;
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve())));

describe('an embed page in an iframe on another origin', () => {
  test.for(['light', 'dark'] as const)('renders the chart in %s mode', async (scheme) => {
    const context = await session.browser.newContext({
      viewport: { width: 800, height: 900 },
      colorScheme: scheme,
    });
    try {
      const origins = new Set<string>();
      context.on('request', (r) => origins.add(new URL(r.url()).origin));
      const page = await context.newPage();
      const trouble: PageTrouble = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
      const settled = watchPage(page, session.server.origin, trouble);
      await page.goto(hostOrigin, { waitUntil: 'load' });
      await settled();
      const iframe = page.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      const frame = page.frameLocator('iframe');
      await expect.poll(() => frame.locator('h1').textContent()).toBe(headlineOf(CHART));
      const box = await iframe.boundingBox();
      const svg = await frame.locator('svg').first().boundingBox();
      const credit = await frame.locator('figcaption').boundingBox();
      if (!box || !svg || !credit) throw new Error('iframe, chart or credit not laid out');
      // The chart fills its frame's width: the snippet's frame is no wider than the embed's chart.
      expect(svg.width).toBeGreaterThan(box.width * 0.9);
      expect(svg.height).toBeGreaterThan(100);
      // Nothing cut off at the bottom of the frame.
      expect(credit.y + credit.height).toBeLessThanOrEqual(box.y + box.height + 1);
      const background = await frame
        .locator('body')
        .evaluate((body) => getComputedStyle(body).backgroundColor);
      const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
      const light = (r + g + b) / 3 > 128;
      expect(light, `background ${background} in ${scheme} mode`).toBe(scheme === 'light');
      expect(await frame.locator(`a[href="${base}charts/${CHART}/"]`).count()).toBe(1);
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.failedRequests).toEqual([]);
      expect([...origins].sort()).toEqual([hostOrigin, session.server.origin].sort());
      // For people to review beside the site's screenshots (CI uploads artifacts/site/).
      const folder = join(artifactsDir, 'editions');
      await mkdir(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `embed-in-host-${scheme}.png`) });
    } finally {
      await context.close();
    }
  });
});

describe('Copy buttons', () => {
  test('are reached with Tab, copy the APA citation on Enter, and announce it', async () => {
    const { page, context, trouble } = await openPage(session, `${base}cite/`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const button = page.locator('button[data-copy]').first();
      await expect.poll(() => button.isVisible()).toBe(true);
      let reached = false;
      for (let i = 0; i < 100 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      expect(reached, 'the Copy button was never focused by Tab').toBe(true);
      await page.keyboard.press('Enter');
      const target = (await button.getAttribute('data-copy')) as string;
      const apa = ((await page.locator(`[id="${target}"]`).textContent()) ?? '').trim();
      expect(apa).toContain('UA Drones contributors');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
      const status = button.locator('xpath=ancestor::section[1]//*[@role="status"]');
      await expect.poll(() => status.textContent()).toBe('APA citation copied.');
      expect(trouble.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
