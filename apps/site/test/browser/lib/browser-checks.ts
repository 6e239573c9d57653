import { beforeEach } from 'vitest';

/**
 * The one switch for the browser checks: BROWSER_CHECKS=1 runs them (and a missing Chromium then
 * fails them); unset or 0, every check is reported as skipped, with the reason. CI sets it
 * (.ci/run, .github/workflows/ci.yml). turbo.json lists it in the test task's `env`, so a run
 * without the checks is never replayed from the cache as a run with them.
 */
const value = process.env.BROWSER_CHECKS ?? '';
if (!['', '0', '1'].includes(value)) {
  throw new Error(`BROWSER_CHECKS is "${value}": set it to 1 (run the browser checks) or 0`);
}
export const browserChecksOn = value === '1';

const REASON =
  'BROWSER_CHECKS is not 1: set BROWSER_CHECKS=1 to run the browser checks in Chromium';

/** Reports every test of the calling file as skipped, with the reason, while the switch is off. */
export function skipUnlessBrowserChecks(): void {
  if (!browserChecksOn) beforeEach((context) => context.skip(REASON));
}
