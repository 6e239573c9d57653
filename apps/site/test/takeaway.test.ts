import { describe, expect, test } from 'vitest';
import { MAX_WORDS_BEFORE_CHART, takeawayProblem, wordCount } from '../src/lib/takeaway.ts';

describe('takeawayProblem', () => {
  test('accepts one plain sentence', () => {
    expect(takeawayProblem('Ukraine now makes more drones than the United States ever has.')).toBe(
      null,
    );
    expect(takeawayProblem('Europe’s need dwarfs what its allies make')).toBe(null);
  });

  test('refuses digits, markup, a second sentence and an empty line', () => {
    expect(takeawayProblem('Output doubled in 2025.')).toMatch(/digit/);
    expect(takeawayProblem('Output <Fig id="x" /> doubled.')).toMatch(/plain text/);
    expect(takeawayProblem('Output doubled. Europe lags.')).toMatch(/more than one sentence/);
    expect(takeawayProblem('“Output doubled.” Europe lags.')).toMatch(/more than one sentence/);
    expect(takeawayProblem('  ')).toMatch(/empty/);
  });

  test(`refuses more than ${MAX_WORDS_BEFORE_CHART} words`, () => {
    const words = (n: number) => Array.from({ length: n }, () => 'drones').join(' ');
    expect(takeawayProblem(words(MAX_WORDS_BEFORE_CHART))).toBe(null);
    expect(takeawayProblem(words(MAX_WORDS_BEFORE_CHART + 1))).toMatch(/46 words/);
  });

  test('counts words with letters, not dashes or marks', () => {
    expect(wordCount('Ukraine — and only Ukraine — teaches · now')).toBe(6);
  });
});
