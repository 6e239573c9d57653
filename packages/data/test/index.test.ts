import { expect, test } from 'vitest';
import { dataVersion } from '../src/index.js';

test('dataVersion is a semver string', () => {
  expect(dataVersion).toMatch(/^\d+\.\d+\.\d+$/);
});
