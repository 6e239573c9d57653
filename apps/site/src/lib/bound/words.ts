/** A count as the report's style writes it: in words up to twenty, in figures above. */
import { BoundError } from './expression.ts';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

/** The largest count written in words; the prose check lists the same words (number-words.ts). */
export const CARDINAL_WORDS: readonly string[] = WORDS.slice(1);

/** "four", "Four" (`cap`), "1,200"; a count below one is nothing to write and throws. */
export function countInWords(count: number, { cap = false } = {}): string {
  if (!Number.isInteger(count) || count < 1) {
    throw new BoundError(`nothing to count: the count is ${count}`);
  }
  const text = WORDS[count] ?? count.toLocaleString('en-US');
  return cap ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}
