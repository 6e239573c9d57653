import { describe, expect, test } from 'vitest';
import { cutAtWord, labelOf } from '../src/lib/format.ts';

describe('cutAtWord(text, max)', () => {
  test('leaves text that fits whole', () => {
    expect(cutAtWord('Drones flew.', 12)).toEqual(['Drones flew.', '']);
  });

  test('cuts at the last space within max, never inside a word', () => {
    expect(cutAtWord('share their knowledge of drone warfare', 14)).toEqual([
      'share their',
      ' knowledge of drone warfare',
    ]);
  });

  test('leaves punctuation before the cut to the rest', () => {
    expect(cutAtWord('said in October 2025, Ukraine is the expert', 24)).toEqual([
      'said in October 2025',
      ', Ukraine is the expert',
    ]);
  });

  test('shows a first word longer than max whole', () => {
    const url = 'https://example.org/a-very-long-address';
    expect(cutAtWord(`${url} and more`, 10)).toEqual([`${url} and more`, '']);
  });
});

test('labelOf(token) capitalises a controlled value and keeps the hyphen of op-ed', () => {
  expect(labelOf('op-ed')).toBe('Op-ed');
  expect(labelOf('training-mission')).toBe('Training mission');
});
