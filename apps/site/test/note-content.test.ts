/**
 * A note's title marks a date the project inferred ("as of 30 September or 1 October 2025"
 * (inferred)), so the list after the report never reads an inferred date as stated.
 */
import { figures } from '@ua-drones/data';
import { expect, test } from 'vitest';
import { figureTime } from '../src/lib/data.ts';
import { noteContent } from '../src/lib/note-content.ts';

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
