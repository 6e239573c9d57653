import { describe, expect, test } from 'vitest';
import { type Note, sharePassages } from '../src/lib/notes.ts';

const passages: Record<string, { source: string; excerpt: string }> = {
  short: { source: 'a', excerpt: 'Instructors arrived this week.' },
  long: { source: 'a', excerpt: 'Instructors arrived  this week. They trained pilots.' },
  other: { source: 'b', excerpt: 'Instructors arrived this week.' },
  alone: { source: 'a', excerpt: 'Prices rose.' },
};
const passageOf = (_kind: string, id: string) =>
  passages[id] as { source: string; excerpt: string };
const notesOf = (...ids: string[]): Note[] =>
  ids.map((id, i) => ({ kind: 'figure', id, n: i + 1 }) as Note);

describe('sharePassages', () => {
  test('a passage that holds an earlier one takes over its note, under the earlier number', () => {
    const shared = sharePassages(notesOf('short', 'alone', 'long'), passageOf);
    expect(shared.map((note) => [note.n, note.id])).toEqual([
      [1, 'long'],
      [2, 'alone'],
    ]);
    expect(shared[0]?.alsoCites?.map((cited) => cited.id)).toEqual(['short']);
  });

  test('a passage inside an earlier one shares its note; another source never does', () => {
    const shared = sharePassages(notesOf('long', 'other', 'short'), passageOf);
    expect(shared.map((note) => [note.n, note.id, note.alsoCites?.map((c) => c.id)])).toEqual([
      [1, 'long', ['short']],
      [2, 'other', undefined],
    ]);
  });
});
