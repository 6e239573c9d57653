import type { SourceId } from './data/ids.ts';
import data from './data/sources.json' with { type: 'json' };
import { DataInputError, keyOf, show } from './errors.ts';
import { type IdArgument, lookup } from './lookup.ts';
import type { Source } from './types.ts';

/** Every source, in record-file order. */
export const sources: readonly Source[] = data as readonly Source[];

const sourceLookup = /* @__PURE__ */ lookup(sources, 'source');

/** The source with this id, or undefined. */
export const findSource: (id: string) => Source | undefined = sourceLookup.find;

/**
 * The source with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `SourceId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getSource: <Id extends string>(id: IdArgument<Id, SourceId>) => Source =
  sourceLookup.get;

// The citation styles: each is also the field of a source row that holds the rendered reference.
const STYLES = { apa: 'APA-style reference', bibtex: 'BibTeX entry' } as const;

export type CitationStyle = keyof typeof STYLES;

/**
 * The reference of a source (by id or row) as an APA-style string or a BibTeX entry, both
 * rendered at build time with citation-js. A literal id must be a known `SourceId`. Throws a
 * `DataInputError` on an unknown id or style, or when given another record (pass `figure.source`,
 * the id of its source).
 */
export function citeSource<Id extends string>(
  source: IdArgument<Id, SourceId> | Source,
  style: CitationStyle = 'apa',
): string {
  const field = keyOf('citeSource', 'citation style', style, STYLES);
  if (typeof source === 'string') return getSource(source)[field];
  if (typeof source !== 'object' || source === null || typeof source.apa !== 'string') {
    const hint =
      typeof source === 'object' && source !== null && 'source' in source
        ? ` (a record: pass its \`source\`, the id of the article it rests on)`
        : '';
    throw new DataInputError(
      'citeSource',
      source,
      `expects a source id or a row of the sources table, got ${show(source)}${hint}`,
    );
  }
  return source[field];
}
