/**
 * Finds every data component of a parsed chapter (see parse-chapter.ts), with its line and column,
 * before anything renders. This is what lets the build fail on a bad id with file and line, and
 * gives notes stable numbers in reading order.
 */

import type { ParsedChapter } from './parse-chapter.ts';

export const DATA_COMPONENTS = {
  Fig: 'id',
  Q: 'id',
  Cite: 'id',
  When: 'id',
  Conflict: 'measure',
  Chart: 'name',
  Src: 'id',
} as const;
export type DataComponent = keyof typeof DATA_COMPONENTS;

export interface Reference {
  component: DataComponent;
  /** The attribute that names what is cited: id, measure, name, or `source` on <Cite source excerpt>. */
  key: string;
  /** The value of that attribute. */
  value: string;
  /** Every string attribute as written (`kind`, `excerpt` on <Cite>); a flag (`bare`) as "". */
  attributes: Record<string, string>;
  line: number;
  column: number;
}

/** Attributes the build reads, so they must be string literals rather than expressions. */
const CHECKED_ATTRIBUTES = new Set(['id', 'measure', 'name', 'kind', 'source', 'excerpt']);

export class ChapterReferenceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`${file}:${line}:${column} ${message}`);
    this.name = 'ChapterReferenceError';
  }
}

/** Every data component of a parsed chapter, in reading order. Throws on a non-literal or missing key. */
export function referencesOf(chapter: ParsedChapter): Reference[] {
  const references: Reference[] = [];
  for (const use of chapter.components) {
    if (!Object.hasOwn(DATA_COMPONENTS, use.name)) continue;
    const component = use.name as DataComponent;
    const { attributes, line, column } = use;
    const fail = (message: string): never => {
      throw new ChapterReferenceError(use.file, line, column, message);
    };
    for (const [name, expression] of Object.entries(use.expressions)) {
      if (CHECKED_ATTRIBUTES.has(name)) {
        fail(
          `<${component} ${name}={${expression}}>: write ${name} as a string literal, ${name}="…", so the build can check it`,
        );
      }
    }
    // <Cite> names either a record (id) or a passage of a source (source + excerpt).
    const bySource = component === 'Cite' && attributes.source !== undefined;
    const key = bySource ? 'source' : DATA_COMPONENTS[component];
    if (bySource && attributes.id !== undefined) {
      fail('<Cite> takes either id="…" (a record) or source="…" excerpt="…", not both');
    }
    if (bySource && !attributes.excerpt?.trim()) {
      fail(`<Cite source="${attributes.source}"> needs an excerpt="…" attribute`);
    }
    const value = attributes[key];
    if (!value) return fail(`<${component}> needs a ${key}="…" attribute`);
    references.push({ component, key, value, attributes, line, column });
  }
  return references;
}
