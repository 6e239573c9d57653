import { expect, test } from 'vitest';
import { readNumbers, statesNumber } from '../src/build/numbers.ts';

test.each([
  ['In 2024, Ukraine manufactured 2.2 million drones', [2024, 2_200_000]],
  ['four million drones a year', [4_000_000]],
  ['more than seven hundred airborne targets', [700]],
  ['87% of its Patriot interceptors', [87]],
  ['destroy 80 percent of targets', [80]],
  ['capable of striking targets 1,400km away', [1400]],
  ['pledged more than $100 million', [100_000_000]],
  ['inked an 800-million-euro joint venture', [800_000_000]],
  ['more than three and a half years of full-scale war', [3.5]],
  ['a dozen instructors', [12]],
  ['twenty-five countries', [25]],
  ['one hundred and fifty thousand', [150_000]],
  ['half a million', [500_000]],
  ['roughly half a mile from the target', [0.5]],
  ['328 drones a day', [328]],
  ['to under a minute', [1]],
  ['€60bn in arms exports', [60, 60_000_000_000]],
  ['exports worth €60 billion', [60_000_000_000]],
])('%s', (text, expected) => {
  expect(readNumbers(text)).toEqual(expected);
});

test.each([
  'tens of thousands of drones',
  'hundreds of drones',
  'dozens of companies',
  'thousands of troops',
  'millions of euros',
  'a drone',
])('"%s" states no number', (text) => {
  expect(readNumbers(text)).toEqual([]);
});

test('a bare scale word after digits is not read again as "a million"', () => {
  expect(readNumbers('2.2 million drones, this increased to 4.5 million')).toEqual([
    2_200_000, 4_500_000,
  ]);
});

test('statesNumber compares exactly, not by rounding', () => {
  expect(statesNumber('2.2 million drones', 2_200_000)).toBe(true);
  expect(statesNumber('2.2 million drones', 2_000_000)).toBe(false);
  expect(statesNumber('2.2 million drones', 2.2)).toBe(false);
});
