import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../src/lib/chromium.ts';
import { type StaticServer, serveBuild } from '../../../src/lib/serve-build.ts';
import { deployedAt } from '../../built/lib/site-config.ts';
import { distDir } from '../../built/lib/site-dist.ts';
import { browserChecksOn, skipUnlessBrowserChecks } from './browser-checks.ts';
import { type PageTrouble, recordForeignRequests, watchPage } from './page-watch.ts';

export const { base } = deployedAt();

export interface Session {
  browser: Browser;
  server: StaticServer;
}

/**
 * One static server and one Chromium for a test file: started before its tests, closed after.
 * Tests open a fresh context each (cheap), so their settings and state never leak into each other.
 * While the browser checks are switched off, nothing starts and the file's tests are skipped.
 */
export function siteSession(): Session {
  const session = {} as Session;
  skipUnlessBrowserChecks();
  if (!browserChecksOn) return session;
  beforeAll(async () => {
    session.server = await serveBuild(distDir, base);
    session.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  }, 60_000);
  return session;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  trouble: PageTrouble;
}

/** Opens `path` in a new context that cannot reach any other origin, watching for trouble. */
export async function openPage(
  session: Session,
  path: string,
  options: BrowserContextOptions = {},
): Promise<OpenPage> {
  const { origin } = session.server;
  const context = await session.browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  const trouble: PageTrouble = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  recordForeignRequests(context, origin, trouble.foreignRequests);
  const page = await context.newPage();
  const settled = watchPage(page, origin, trouble);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await settled();
  return { page, context, trouble };
}
