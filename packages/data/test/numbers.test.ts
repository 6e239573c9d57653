import { describe, expect, test } from 'vitest';
import { readNumbers, readSpans, statesNumber } from '../src/build/numbers.ts';

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

describe('readSpans', () => {
  const spans = (text: string) =>
    readSpans(text).map(({ text: written, kind, values }) => [written, kind, values]);

  test('gives each number with its position in the text', () => {
    const text = 'Ukraine manufactured 2.2 million drones and a dozen prototypes';
    expect(readSpans(text)).toEqual([
      { start: 21, end: 32, text: '2.2 million', kind: 'amount', values: [2_200_000] },
      { start: 44, end: 51, text: 'a dozen', kind: 'amount', values: [12] },
    ]);
  });

  test.each([
    [
      'In 2024, Ukraine manufactured 2,200 drones',
      [
        ['2024', 'year', [2024]],
        ['2,200', 'amount', [2200]],
      ],
    ],
    ['at least 5000 participants', [['5000', 'amount', [5000]]]],
    [
      '€2025 in fees, 2025% more',
      [
        ['2025', 'amount', [2025]],
        ['2025', 'amount', [2025]],
      ],
    ],
    [
      'by 2027 and in 2026.',
      [
        ['2027', 'year', [2027]],
        ['2026', 'year', [2026]],
      ],
    ],
    ['he commented on September 30.', [['30', 'day', [30]]]],
    [
      'on 26 Sept. 2025',
      [
        ['26', 'day', [26]],
        ['2025', 'year', [2025]],
      ],
    ],
    ['30 drones in September', [['30', 'amount', [30]]]],
    ['30 may fail', [['30', 'amount', [30]]]],
  ])('years and days of dates are told from counts: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    ['tens of thousands of drones', [['tens of thousands', 'vague', []]]],
    ['hundreds of billions of euros', [['hundreds of billions', 'vague', []]]],
    ['Kyiv had only a few thousand troops', [['a few thousand', 'vague', []]]],
    [
      'several hundred drones and dozens of firms',
      [
        ['several hundred', 'vague', []],
        ['dozens', 'vague', []],
      ],
    ],
    ['millions of civilians', [['millions', 'vague', []]]],
  ])('vague amounts are spans without a value: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    ["Europe's second-largest army", [['second', 'ordinal', [2]]]],
    ['the 21st century', [['21st', 'ordinal', [21]]]],
    ['its twenty-first brigade', [['twenty-first', 'ordinal', [21]]]],
    ['At first, things went', [['first', 'ordinal', [1]]]],
  ])('ordinals are spans of their own: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('"a" counts one of a unit with the unit in the span, but not in a rate', () => {
    expect(spans('illustrated just over a week ago')).toEqual([['a week', 'amount', [1]]]);
    expect(spans('four million drones a year')).toEqual([['four million', 'amount', [4_000_000]]]);
  });

  test('readNumbers leaves vague amounts and ordinals out', () => {
    expect(readNumbers('the second of thousands of drones, and 12 more')).toEqual([12]);
  });

  test.each([
    ['Before the war, Ukraine had no drones.', [['no drones', 'amount', [0]]]],
    ['none of those specific drones crossed', [['none of', 'amount', [0]]]],
    ['no longer simply a customer, no surprise, no business', []],
  ])('zeros are amounts: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    [
      'runs years, sometimes decades, from',
      [
        ['years', 'vague', []],
        ['decades', 'vague', []],
      ],
    ],
    ["Ukraine's cycle runs for weeks.", [['weeks', 'vague', []]]],
    ['four years of war', [['four', 'amount', [4]]]],
    ['more than three and a half years', [['three and a half', 'amount', [3.5]]]],
    ['over 18 months', [['18', 'amount', [18]]]],
  ])(
    'a duration without a number is vague, one with a number is not read twice: %s',
    (text, expected) => {
      expect(spans(text)).toEqual(expected);
    },
  );
});
