import { describe, expect, test } from 'vitest';
import { rowBreaks } from '../src/lib/pdf/tables.ts';

/**
 * A cell of words set in lines of `measure` characters, a space between words: `fits` holds a
 * piece to `lines` lines, as the page measures a piece's height against a share of a page.
 */
function cell(words: readonly string[], measure: number, lines: number) {
  const linesOf = (from: number, to: number) => {
    let count = 1;
    let used = 0;
    for (const word of words.slice(from, to)) {
      if (used > 0 && used + 1 + word.length > measure) {
        count++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
    return count;
  };
  return {
    fits: (from: number, to: number) => linesOf(from, to) <= lines,
    sentenceEnds: words.map((word) => /[.;:]$/.test(word)),
  };
}

const pieces = (ends: number[]) =>
  ends.map((end, i) => [i === 0 ? 0 : (ends[i - 1] as number), end]);

describe('rowBreaks: a table row taller than a share of a page, in pieces that fit', () => {
  test('a row many pages tall (a record repeated 200 times) ends in pieces that each fit, in order, every word once', () => {
    const words = Array.from({ length: 200 }, () =>
      'North Korean troops deployed to the Kursk front for Russia: more than 15,000 troops.'.split(
        ' ',
      ),
    ).flat();
    const { fits, sentenceEnds } = cell(words, 55, 12);
    const ends = rowBreaks(words.length, fits, sentenceEnds);
    expect(ends.at(-1)).toBe(words.length);
    // 200 sentences of 84 characters in pieces of 12 lines of 55 characters: about 8 a piece.
    expect(ends.length).toBeGreaterThan(20);
    for (const [from, to] of pieces(ends)) {
      expect(to).toBeGreaterThan(from as number);
      expect(fits(from as number, to as number), `words ${from}–${to}`).toBe(true);
    }
  });

  test('ends a piece at its last sentence when that keeps half of it, else where it is full', () => {
    const sentence = 'Aaaa bbbb cccc dddd eeee.'.split(' ');
    const { fits, sentenceEnds } = cell([...sentence, ...sentence, ...sentence], 14, 3);
    // Three lines of 14 hold "Aaaa bbbb cccc", "dddd eeee. Aaaa", "bbbb cccc dddd": the piece
    // goes back to "eeee." (5 of 8 words).
    expect(rowBreaks(15, fits, sentenceEnds)).toEqual([5, 10, 15]);
    const long = cell('Aa bb cc dd ee ff gg hh ii jj kk ll'.split(' '), 5, 3);
    // No sentence ends: each piece is as long as fits, two words a line.
    expect(rowBreaks(12, long.fits, long.sentenceEnds)).toEqual([6, 12]);
  });

  test('a word too long to fit alone is a piece of its own, and the row still ends', () => {
    const { fits, sentenceEnds } = cell(['a', 'Supercalifragilistic', 'b', 'c'], 5, 1);
    expect(rowBreaks(4, fits, sentenceEnds)).toEqual([1, 2, 4]);
  });
});
