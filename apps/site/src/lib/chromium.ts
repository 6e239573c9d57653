/**
 * Debian's Chromium, which .ci/run installs: the browser checks drive it, and the build prints the
 * PDF edition with it. playwright-core downloads no browser of its own.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does this when it is missing)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      // Nothing may leave the machine: every request but loopback goes to a closed port. Checks
      // record such requests as violations; this only makes sure they never reach anyone.
      '--proxy-server=http://127.0.0.1:9',
    ],
  });
}
