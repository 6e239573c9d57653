import { defineProject } from 'vitest/config';

// The browser checks (test/browser) run only with BROWSER_CHECKS=1; otherwise Vitest reports them
// as skipped, with the reason (see test/browser/lib/browser-checks.ts).
export default defineProject({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
  },
});
