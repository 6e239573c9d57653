/**
 * What a note says, resolved from the data once for the margin note beside the sentence and for
 * the list after the report: the quoted words, the source's short name, and the record behind it.
 */
import {
  type CitedRecord,
  figureTime,
  findRecord,
  recordTitle,
  type Source,
  sourceById,
} from './data.ts';
import { cutAtWord, typographic } from './format.ts';
import type { Note } from './notes.ts';
import { recordPath, routes } from './paths.ts';

/** A date that a note's title states and the project inferred: its evidence, when the data gives it. */
export interface InferredDate {
  reason: string | null;
}

export interface NoteContent {
  n: number;
  source: Source;
  excerpt: string;
  /** The record the note rests on; null for a passage quoted straight from a source. */
  record: { title: string; path: string; inferredDate: InferredDate | null } | null;
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
    record: { title: recordTitle(cited), path, inferredDate: inferredDateInTitle(cited) },
    path,
  };
}

/**
 * Of the titles a note prints, a figure's label is the one that states a date (an event is
 * titled, a partnership named and a speaker given without one), in its own words: "as of 30
 * September or 1 October 2025". The label states its date when it names a year of it; an undated
 * label ("Population of Lithuania") leaves nothing to mark.
 */
function inferredDateInTitle(cited: CitedRecord): InferredDate | null {
  if (cited.kind !== 'figure') return null;
  const { date, inferred } = figureTime(cited.record);
  if (date === null || !inferred) return null;
  const years = date
    .split('/')
    .filter((part) => part !== '..')
    .map((part) => part.slice(0, 4));
  const named = years.some((year) => new RegExp(`\\b${year}\\b`).test(cited.record.label));
  return named ? { reason: cited.record.dateReason } : null;
}

/**
 * Margin notes stack, each below the one before, so every line a note adds pushes the later notes
 * further from their sentences: a long passage shows about two lines of a 14rem note (its words
 * up to CUT characters, then "…"); one no longer than WHOLE, little more than that, stands whole.
 */
const WHOLE = 72;
const CUT = 60;

/** A note's passage as the note sets it: its marks, and where the margin cuts it. */
export interface NoteExcerpt {
  /** The passage opens with the source's own quotation mark, so the note adds no pair of its own. */
  quoted: boolean;
  /** What the margin shows: the whole passage, or its first words, ending at a word. */
  head: string;
  /** The rest, from where `head` ends; empty when the margin shows the whole passage. */
  rest: string;
}

/**
 * Sets a passage for a note: curly quotes, as the report's text has them. A passage the note puts
 * in its own “ ” has the source's double marks inside turned single, so one that ends on a
 * quotation closes ’” rather than on two marks alike. A long passage is cut at a word for the
 * margin; `head + rest` is always the whole passage as set.
 */
export function noteExcerpt(passage: string): NoteExcerpt {
  const quoted = /^["“]/.test(passage.trim());
  const curly = typographic(passage.trim());
  const text = quoted ? curly : curly.replace(/“|"(?=\S)/g, '‘').replace(/”|"/g, '’');
  if (text.length <= WHOLE) return { quoted, head: text, rest: '' };
  const [head, rest] = cutAtWord(text, CUT);
  return { quoted, head, rest };
}
