/**
 * The note numbers of each page, shared between the page that numbers its notes and the markers
 * that print them. Keyed by the page's path: Astro renders one page at a time, and each page
 * sets its numbers before its content renders.
 */
import type { Cited, Note } from './notes.ts';

export class NoteNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly occurrences = new Map<number, number>();

  constructor(readonly notes: readonly Note[]) {
    for (const note of notes) {
      for (const cited of [note, ...(note.alsoCites ?? [])]) {
        this.numbers.set(`${cited.kind}:${cited.id}`, note.n);
      }
    }
  }

  /** Note n itself (notes are numbered from 1 in order). */
  note(n: number): Note {
    const note = this.notes[n - 1];
    if (note?.n !== n) throw new Error(`no note ${n} on this page`);
    return note;
  }

  number(kind: Cited['kind'], id: string): number {
    const n = this.numbers.get(`${kind}:${id}`);
    if (n === undefined) {
      throw new Error(
        `no note for ${kind} "${id}": the component is not where the build can see it (e.g. built from an expression); write it as a literal tag in the chapter`,
      );
    }
    return n;
  }

  private previous: number | undefined;

  /**
   * Marks note n once more, in reading order: which occurrence this is (each marker gets its own
   * id), and whether the marker just before it marked the same note (only then can the margin say
   * "As above": a note cited again chapters later is shown again in full beside its sentence).
   */
  mark(n: number): { occurrence: number; repeatsPrevious: boolean } {
    const occurrence = (this.occurrences.get(n) ?? 0) + 1;
    this.occurrences.set(n, occurrence);
    const repeatsPrevious = this.previous === n;
    this.previous = n;
    return { occurrence, repeatsPrevious };
  }
}

const byPage = new Map<string, NoteNumbers>();

export function setNoteNumbers(page: string, notes: readonly Note[]): void {
  byPage.set(page, new NoteNumbers(notes));
}

export function noteNumbersOf(page: string): NoteNumbers {
  const numbers = byPage.get(page);
  if (!numbers) {
    throw new Error(`data components used on ${page}, which did not set its note numbers`);
  }
  return numbers;
}
