import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const output = (name: string) => new URL(`./output/${name}`, import.meta.url);

/**
 * Plot's snapshot approach: the reviewed SVG lives in test/output/<name>.svg. On a mismatch the
 * new rendering is written next to it as <name>-changed.svg for review, and the test fails. A
 * missing snapshot is written, to be reviewed and committed; in CI (CI set) it fails instead,
 * since nobody is there to review it.
 */
export function expectSnapshot(name: string, actual: string) {
  const expected = output(`${name}.svg`);
  const changed = output(`${name}-changed.svg`);
  if (!existsSync(expected)) {
    if (process.env.CI) {
      expect.fail(
        `test/output/${name}.svg is missing: render it locally (without CI), review and commit it`,
      );
    }
    writeFileSync(expected, actual);
    return;
  }
  if (readFileSync(expected, 'utf8') === actual) return;
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from its snapshot: review test/output/${name}-changed.svg`);
}
