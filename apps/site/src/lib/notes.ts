/**
 * Turns a page's references into numbered notes, resolving every id against the data (every chart
 * name against the charts registry, every quoted passage against its source's text). Anything
 * that does not resolve throws, naming file, line and what is wrong.
 */
import type { RecordKind } from './data.ts';
import { ChapterReferenceError, type Reference } from './references.ts';
import { normalizeText } from './verbatim.ts';

/** What a note cites: a record of the data, or a passage quoted straight from a source. */
export type Cited =
  | { kind: RecordKind; id: string }
  | { kind: 'excerpt'; id: string; source: string; excerpt: string };
/** A numbered note; `alsoCites` are further records quoting the very same passage, which share it. */
export type Note = Cited & { n: number; alsoCites?: Cited[] };

/** One note per passage: the same words from the same source, however spaced or quoted. */
export function excerptKey(source: string, excerpt: string): string {
  return `${source}:${normalizeText(excerpt)}`;
}

/** What the resolver needs to know about the data; injected so it can be tested on its own. */
export interface CitationTargets {
  has(kind: RecordKind, id: string): boolean;
  /** Kinds that have a record with this id, in preference order. */
  kindsOf(id: string): RecordKind[];
  /** Whether the record gives a date (events always do; partnerships and quotes may not). */
  isDated(kind: RecordKind, id: string): boolean;
  /** Ids of the figures the data package lists as conflicting for this measure. */
  conflictingFigures(measure: string): string[];
  hasChart(name: string): boolean;
  hasSource(id: string): boolean;
  /** Null when the excerpt occurs verbatim in the source's text, else where it departs from it. */
  excerptMismatch(source: string, excerpt: string): string | null;
}

const CITABLE_KINDS: readonly RecordKind[] = ['figure', 'event', 'partnership', 'quote'];
const DATED_KINDS: readonly RecordKind[] = ['event', 'partnership', 'quote'];

/**
 * A reference resolved, then turned into the notes it makes: none for a `plain` value or date (the
 * key findings state conclusions and link to the chapter whose notes cite them), but its id is
 * checked all the same.
 */
function resolve(file: string, ref: Reference, targets: CitationTargets): Cited[] {
  const cited = resolveCited(file, ref, targets);
  return 'plain' in ref.attributes ? [] : cited;
}

function resolveCited(file: string, ref: Reference, targets: CitationTargets): Cited[] {
  const fail = (message: string): never => {
    throw new ChapterReferenceError(file, ref.line, ref.column, message);
  };
  const tag = `<${ref.component} ${ref.key}="${ref.value}">`;
  switch (ref.component) {
    case 'Fig':
      if (!targets.has('figure', ref.value)) fail(`${tag}: no figure has id "${ref.value}"`);
      return [{ kind: 'figure', id: ref.value }];
    case 'Q':
      if (!targets.has('quote', ref.value)) fail(`${tag}: no quote has id "${ref.value}"`);
      return [{ kind: 'quote', id: ref.value }];
    case 'When': {
      const kind = targets.kindsOf(ref.value).find((k) => DATED_KINDS.includes(k));
      if (!kind) return fail(`${tag}: no event, partnership or quote has id "${ref.value}"`);
      if (!targets.isDated(kind, ref.value)) fail(`${tag}: the data gives this ${kind} no date`);
      return [{ kind, id: ref.value }];
    }
    case 'Cite': {
      if (ref.key === 'source') {
        const excerpt = ref.attributes.excerpt as string;
        if (!targets.hasSource(ref.value)) fail(`${tag}: no source has id "${ref.value}"`);
        const mismatch = targets.excerptMismatch(ref.value, excerpt);
        if (mismatch !== null)
          fail(`${tag}: the excerpt is not verbatim in the source: ${mismatch}`);
        return [
          { kind: 'excerpt', id: excerptKey(ref.value, excerpt), source: ref.value, excerpt },
        ];
      }
      const wanted = ref.attributes.kind;
      if (wanted && !CITABLE_KINDS.includes(wanted as RecordKind)) {
        fail(`${tag}: kind must be one of ${CITABLE_KINDS.join(', ')}`);
      }
      const kind = targets.kindsOf(ref.value).find((k) => wanted === undefined || k === wanted);
      if (!kind) return fail(`${tag}: no ${wanted ?? 'record'} has id "${ref.value}"`);
      return [{ kind, id: ref.value }];
    }
    case 'Conflict': {
      const ids = targets.conflictingFigures(ref.value);
      if (ids.length === 0) {
        fail(
          `${tag}: the data lists no conflict for measure "${ref.value}"; cite its figures with <Fig>`,
        );
      }
      return ids.map((id) => ({ kind: 'figure' as const, id }));
    }
    case 'Chart':
      if (!targets.hasChart(ref.value)) fail(`${tag}: no chart is named "${ref.value}"`);
      return [];
    case 'Src':
      if (!targets.hasSource(ref.value)) fail(`${tag}: no source has id "${ref.value}"`);
      return [];
  }
}

/**
 * Numbered notes in order of first citation; a record or passage cited twice keeps its number.
 * Every reference is resolved before anything fails, so one build names every bad reference of
 * every chapter, not only the first.
 */
export function numberNotes(
  chapters: ReadonlyArray<{ file: string; references: Reference[] }>,
  targets: CitationTargets,
): Note[] {
  const notes: Note[] = [];
  const problems: ChapterReferenceError[] = [];
  const seen = new Set<string>();
  for (const { file, references } of chapters) {
    for (const ref of references) {
      let resolved: Cited[];
      try {
        resolved = resolve(file, ref, targets);
      } catch (error) {
        if (!(error instanceof ChapterReferenceError)) throw error;
        problems.push(error);
        continue;
      }
      for (const cited of resolved) {
        const key = `${cited.kind}:${cited.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        notes.push({ ...cited, n: notes.length + 1 });
      }
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} references do not resolve:\n${problems.map((p) => `  ${p.message}`).join('\n')}`,
    );
  }
  return notes;
}

/**
 * One passage, one note: records that quote the same words of the same source (a figure and the
 * event it dates, say) share the note of the first of them, and so do passages of which one holds
 * the other (a sentence, and the same sentence with the next one): the note quotes the longer and
 * keeps the number of the first cited. The notes are numbered again in order. `passageOf` gives a
 * record's source and excerpt; passages quoted straight from a source are keyed by theirs.
 */
export function sharePassages(
  notes: readonly Note[],
  passageOf: (kind: RecordKind, id: string) => { source: string; excerpt: string },
): Note[] {
  const passages: Array<{ source: string; words: string; note: Note }> = [];
  const shared: Note[] = [];
  for (const note of notes) {
    const { source, excerpt } = note.kind === 'excerpt' ? note : passageOf(note.kind, note.id);
    const words = normalizeText(excerpt);
    const { n: _, alsoCites: __, ...cited } = note;
    const earlier = passages.find(
      (p) => p.source === source && (p.words.includes(words) || words.includes(p.words)),
    );
    if (!earlier) {
      const copy: Note = { ...note, n: shared.length + 1 };
      passages.push({ source, words, note: copy });
      shared.push(copy);
      continue;
    }
    if (earlier.words.includes(words)) {
      earlier.note.alsoCites = [...(earlier.note.alsoCites ?? []), cited];
      continue;
    }
    // The later passage holds the earlier one: it becomes what the note quotes, under its number.
    const { n, alsoCites = [], ...before } = earlier.note;
    const longer = { ...cited, n, alsoCites: [before, ...alsoCites] } as Note;
    shared[n - 1] = longer;
    earlier.note = longer;
    earlier.words = words;
  }
  return shared;
}
