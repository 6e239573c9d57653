/**
 * What a note says, resolved from the data once for the margin note beside the sentence and for
 * the list after the report: the quoted words, the source's short name, and the record behind it.
 */
import { findRecord, recordTitle, type Source, sourceById } from './data.ts';
import type { Note } from './notes.ts';
import { recordPath, routes } from './paths.ts';

export interface NoteContent {
  n: number;
  source: Source;
  excerpt: string;
  /** The record the note rests on; null for a passage quoted straight from a source. */
  record: { title: string; path: string } | null;
  /** Where the note's link goes: the record, or the source for a quoted passage. */
  path: string;
}

export function noteContent(note: Note): NoteContent {
  if (note.kind === 'excerpt') {
    const source = sourceById(note.source);
    const path = routes.source(source.id);
    return { n: note.n, source, excerpt: note.excerpt, record: null, path };
  }
  const cited = findRecord(note.kind, note.id);
  if (!cited) throw new Error(`note ${note.n}: no ${note.kind} has id "${note.id}"`);
  const source = sourceById(cited.record.source);
  const path = recordPath(note.kind, note.id, source.id);
  return {
    n: note.n,
    source,
    excerpt: cited.record.excerpt,
    record: { title: recordTitle(cited), path },
    path,
  };
}
