import { existsSync } from 'node:fs';
import { defineProject } from 'vitest/config';

// The browser checks drive Debian's Chromium. CI must run them (.ci/run installs it, and a missing
// browser fails there); on a machine without it they are left out with a warning that says how to
// run them, so `npm test` still works from a fresh clone.
const chromium = '/usr/bin/chromium';
const browserChecks = existsSync(chromium) || Boolean(process.env.CI);
if (!browserChecks) {
  console.warn(
    `site: browser checks (test/browser) left out: no Chromium at ${chromium}. Install it with \`apt-get install -y chromium\` to run them.`,
  );
}

export default defineProject({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
    exclude: browserChecks ? [] : ['test/browser/**'],
  },
});
