import { expect, test } from 'vitest';
import { max, median, min } from '../src/lib/stats.ts';

test('median of an odd and an even count, ignoring runs that measured nothing', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([Number.NaN, 7])).toBe(7);
  expect(median([])).toBeNaN();
});

test('min and max ignore runs that measured nothing', () => {
  expect(min([3, Number.NaN, 1])).toBe(1);
  expect(max([3, Number.NaN, 1])).toBe(3);
});
