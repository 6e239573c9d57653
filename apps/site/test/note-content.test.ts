/**
 * A note's title marks a date the project inferred ("as of 30 September or 1 October 2025"
 * (inferred)), so the list after the report never reads an inferred date as stated.
 */
import { figures } from '@ua-drones/data';
import { describe, expect, test } from 'vitest';
import { figureTime } from '../src/lib/data.ts';
import { noteContent, noteExcerpt } from '../src/lib/note-content.ts';

const noteOf = (id: string) => noteContent({ kind: 'figure', id, n: 1 });

test('a figure label that states an inferred date is marked, with its evidence', () => {
  const figure = figures.find((f) => f.id === 'ua-full-scale-war-duration-2025-10');
  expect(figure?.label).toMatch(/as of 30 September or 1 October 2025$/);
  expect(noteOf('ua-full-scale-war-duration-2025-10').record?.inferredDate).toEqual({
    reason: figure?.dateReason,
  });
});

test('a figure label with a date read from the source is not marked', () => {
  const figure = figures.find((f) => f.id === 'ua-drone-production-2025');
  expect(figure && figureTime(figure).inferred).toBe(false);
  expect(noteOf('ua-drone-production-2025').record?.inferredDate).toBeNull();
});

test('a label that states no date gets no mark, even when the figure is dated by inference', () => {
  const figure = figures.find((f) => f.id === 'lt-population');
  expect(figure && figureTime(figure).inferred).toBe(true);
  expect(noteOf('lt-population').record?.inferredDate).toBeNull();
});

describe('noteExcerpt(passage)', () => {
  const long =
    'Ukrainian military personnel arrived in Denmark this week to share their knowledge of drone warfare with Danish colleagues.';

  test('shows a short passage whole', () => {
    expect(noteExcerpt('Drones flew at night.')).toEqual({
      quoted: false,
      head: 'Drones flew at night.',
      rest: '',
    });
  });

  test('cuts a long passage at a word, and the two parts make the whole', () => {
    const { head, rest } = noteExcerpt(long);
    expect(rest).not.toBe('');
    expect(head + rest).toBe(long);
    expect(long.split(' ')).toContain(head.split(' ').at(-1));
    expect(rest.startsWith(' ')).toBe(true);
  });

  test('turns double marks single inside the pair the note adds, so it never closes on two alike', () => {
    const passage =
      'As Mette Frederiksen said, "The only expert right now is Ukraine." Then she left.';
    const { quoted, head, rest } = noteExcerpt(passage);
    expect(quoted).toBe(false);
    expect(head + rest).toBe(
      'As Mette Frederiksen said, ‘The only expert right now is Ukraine.’ Then she left.',
    );
    expect(noteExcerpt('She said “the only expert is Ukraine.”').head).toMatch(/’$/);
  });

  test('keeps the source’s own marks around a passage that opens with one', () => {
    expect(noteExcerpt('“Ukraine is no longer simply a country that Europe helps.”')).toEqual({
      quoted: true,
      head: '“Ukraine is no longer simply a country that Europe helps.”',
      rest: '',
    });
  });
});
