/**
 * A page's notes, shared between the page that numbers them and the components that print the
 * markers. Keyed by the page's path: Astro renders one page at a time, each page opens its book
 * before its content renders.
 */
import type { Cited, Note } from './notes.ts';

export class Notebook {
  private readonly numbers = new Map<string, number>();
  private readonly occurrences = new Map<number, number>();

  constructor(readonly notes: readonly Note[]) {
    for (const note of notes) this.numbers.set(`${note.kind}:${note.id}`, note.n);
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

  /** Occurrence count of note n so far, so each marker gets its own id. */
  nextOccurrence(n: number): number {
    const next = (this.occurrences.get(n) ?? 0) + 1;
    this.occurrences.set(n, next);
    return next;
  }
}

const books = new Map<string, Notebook>();

export function openNotebook(page: string, notes: readonly Note[]): Notebook {
  const book = new Notebook(notes);
  books.set(page, book);
  return book;
}

export function notebookFor(page: string): Notebook {
  const book = books.get(page);
  if (!book) throw new Error(`data components used on ${page}, which did not open a notebook`);
  return book;
}
