/**
 * Turns a page's references into numbered notes, resolving every id against the data (and every
 * chart name against the charts registry). An unknown id throws, naming file, line and id.
 */
import type { RecordKind } from './data.ts';
import { type Reference, ReferenceError_ } from './references.ts';

export interface Note {
  n: number;
  kind: RecordKind;
  id: string;
}

/** What the resolver needs to know about the data; injected so it can be tested on its own. */
export interface Catalog {
  has(kind: RecordKind, id: string): boolean;
  /** Kinds that have a record with this id, in preference order. */
  kindsOf(id: string): RecordKind[];
  /** Ids of the figures the data package lists as conflicting for this measure. */
  conflictingFigures(measure: string): string[];
  hasChart(name: string): boolean;
}

const CITABLE_KINDS: readonly RecordKind[] = ['figure', 'event', 'partnership', 'quote'];

function resolve(
  file: string,
  ref: Reference,
  catalog: Catalog,
): Array<{ kind: RecordKind; id: string }> {
  const fail = (message: string): never => {
    throw new ReferenceError_(file, ref.line, ref.column, message);
  };
  const tag = `<${ref.component} ${ref.component === 'Conflict' ? 'measure' : ref.component === 'Chart' ? 'name' : 'id'}="${ref.value}">`;
  switch (ref.component) {
    case 'Fig':
      if (!catalog.has('figure', ref.value)) fail(`${tag}: no figure has id "${ref.value}"`);
      return [{ kind: 'figure', id: ref.value }];
    case 'Q':
      if (!catalog.has('quote', ref.value)) fail(`${tag}: no quote has id "${ref.value}"`);
      return [{ kind: 'quote', id: ref.value }];
    case 'When': {
      const kind = catalog.kindsOf(ref.value).find((k) => k === 'event' || k === 'partnership');
      if (!kind) return fail(`${tag}: no event or partnership has id "${ref.value}"`);
      return [{ kind, id: ref.value }];
    }
    case 'Cite': {
      const wanted = ref.attributes.kind;
      if (wanted && !CITABLE_KINDS.includes(wanted as RecordKind)) {
        fail(`${tag}: kind must be one of ${CITABLE_KINDS.join(', ')}`);
      }
      const kind = catalog.kindsOf(ref.value).find((k) => wanted === undefined || k === wanted);
      if (!kind) return fail(`${tag}: no ${wanted ?? 'record'} has id "${ref.value}"`);
      return [{ kind, id: ref.value }];
    }
    case 'Conflict': {
      const ids = catalog.conflictingFigures(ref.value);
      if (ids.length === 0) {
        fail(
          `${tag}: the data lists no conflict for measure "${ref.value}"; cite its figures with <Fig>`,
        );
      }
      return ids.map((id) => ({ kind: 'figure' as const, id }));
    }
    case 'Chart':
      if (!catalog.hasChart(ref.value)) fail(`${tag}: no chart is named "${ref.value}"`);
      return [];
  }
}

/** Numbered notes in order of first citation; a record cited twice keeps its first number. */
export function numberNotes(
  chapters: ReadonlyArray<{ file: string; references: Reference[] }>,
  catalog: Catalog,
): Note[] {
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (const { file, references } of chapters) {
    for (const ref of references) {
      for (const { kind, id } of resolve(file, ref, catalog)) {
        const key = `${kind}:${id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        notes.push({ n: notes.length + 1, kind, id });
      }
    }
  }
  return notes;
}
