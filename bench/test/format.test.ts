import { describe, expect, test } from 'vitest';
import { kb, mb, ms, ratio, seconds, sizeCells, spread, table } from '../src/report/format.ts';

describe('number formats', () => {
  test('kb keeps one decimal below 10 KB and none above; a missing number is a dash', () => {
    expect(kb(900)).toBe('0.9 KB');
    expect(kb(9.94 * 1024)).toBe('9.9 KB');
    expect(kb(65 * 1024)).toBe('65 KB');
    expect(kb(Number.NaN)).toBe('—');
  });

  test('ms switches to seconds from 10 s; seconds and mb round as shown', () => {
    expect(ms(412.4)).toBe('412 ms');
    expect(ms(9_999)).toBe('9999 ms');
    expect(ms(12_345)).toBe('12.3 s');
    expect(seconds(1_500)).toBe('1.5 s');
    expect(mb(2.6 * 1024 ** 2)).toBe('3 MB');
    expect([ms(Number.NaN), seconds(Number.NaN), mb(Number.NaN)]).toEqual(['—', '—', '—']);
  });

  test('ratio has one decimal below 10×, none above, and says when nothing was shipped', () => {
    expect(ratio(2.44)).toBe('2.4×');
    expect(ratio(139.4)).toBe('139×');
    expect(ratio(Number.POSITIVE_INFINITY)).toBe('∞ (none shipped)');
    expect(ratio(Number.NaN)).toBe('—');
  });

  test('spread is the median with the range of the runs that measured something', () => {
    expect(spread([300, 100, 200, Number.NaN])).toBe('200 ms (100 ms–300 ms)');
    expect(spread([])).toBe('—');
  });

  test('sizeCells gives raw, gzip and brotli', () => {
    expect(sizeCells({ raw: 20_480, gzip: 5_120, brotli: 4_096 })).toEqual([
      '20 KB',
      '5.0 KB',
      '4.0 KB',
    ]);
  });
});

test('table right-aligns every column but the first and escapes pipes and newlines', () => {
  expect(
    table(
      ['Part', 'gzip'],
      [
        ['a | b', '1 KB'],
        ['two\nlines', '2 KB'],
      ],
    ),
  ).toBe(
    ['| Part | gzip |', '| --- | ---: |', '| a \\| b | 1 KB |', '| two lines | 2 KB |'].join('\n'),
  );
});
