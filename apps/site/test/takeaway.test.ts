import { describe, expect, test } from 'vitest';
import { MAX_HEADLINE_WORDS, takeawayProblem, wordCount } from '../src/lib/takeaway.ts';

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

  test(`refuses more than ${MAX_HEADLINE_WORDS} words, a headline's length`, () => {
    const words = (n: number) => Array.from({ length: n }, () => 'drones').join(' ');
    expect(takeawayProblem(words(MAX_HEADLINE_WORDS))).toBe(null);
    expect(takeawayProblem(words(MAX_HEADLINE_WORDS + 1))).toMatch(
      /16 words; it is the chart's headline/,
    );
  });

  test('counts words with letters, not dashes or marks', () => {
    expect(wordCount('Ukraine — and only Ukraine — teaches · now')).toBe(6);
  });
});
