import data from './data/sources.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Source } from './types.ts';

/** Every source, in record-file order. */
export const sources: readonly Source[] = data as readonly Source[];

const sourceLookup = /* @__PURE__ */ lookup(sources, 'source');

/** The source with this id, or undefined. */
export const findSource: (id: string) => Source | undefined = sourceLookup.find;

/** The source with this id; throws an Error naming the id when there is none. */
export const getSource: (id: string) => Source = sourceLookup.get;

export type CitationStyle = 'apa' | 'bibtex';

/**
 * The reference of a source (by id or row) as an APA-style string or a BibTeX entry, both
 * rendered at build time with citation-js. Throws on an unknown id.
 */
export function citeSource(source: string | Source, style: CitationStyle = 'apa'): string {
  const row = typeof source === 'string' ? getSource(source) : source;
  return style === 'bibtex' ? row.bibtex : row.apa;
}
