import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { SourceRecord } from '../schema/source.ts';

/** CSL-JSON item (the subset this package writes). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  genre?: string;
  author?: { family: string; given?: string }[];
  publisher?: string;
  URL?: string;
  accessed?: { 'date-parts': number[][] };
  language: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  note: string;
}

const CSL_TYPES: Record<SourceRecord['kind'], { type: string; genre?: string }> = {
  news: { type: 'article-newspaper' },
  blog: { type: 'post-weblog' },
  analysis: { type: 'article', genre: 'Analysis' },
  'op-ed': { type: 'article', genre: 'Op-ed' },
};

const dateParts = (date: string) => date.split('-').map(Number);

function author(name: string) {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return parts.length > 0 ? { family, given: parts.join(' ') } : { family };
}

/**
 * The source as a CSL-JSON item. An untitled text gets its neutral description in square
 * brackets (APA's rule for untitled works); an interval date becomes a CSL date range, and an
 * inferred date is marked circa, so no citation claims more than the text says. The day the
 * page at `url` was checked is its `accessed` date. A rewrite's source is named in the note: CSL's
 * `original-*` variables mean the same work republished, which a rewrite is not.
 */
export function toCsl(source: SourceRecord): CslItem {
  const [start = source.date, end] = source.date.split('/');
  const issued: CslItem['issued'] = {
    'date-parts':
      end === undefined || end === '..' ? [dateParts(start)] : [dateParts(start), dateParts(end)],
  };
  if (source.dateInferred) issued.circa = true;
  const { type, genre } = CSL_TYPES[source.kind];
  return {
    id: source.id,
    type,
    title: source.titleGiven ? source.title : `[${source.title}]`,
    ...(genre ? { genre } : {}),
    ...(source.author ? { author: [author(source.author)] } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.url
      ? { URL: source.url, accessed: { 'date-parts': [dateParts(source.provenance.checked)] } }
      : {}),
    language: source.language,
    issued,
    note: source.note,
  };
}

/**
 * BibTeX has one date, so a range keeps only the parts its two ends share (a range over two months
 * is cited by its year, not by its first day); the start year stays, as BibTeX needs one.
 */
function bibtexDate(issued: CslItem['issued']): CslItem['issued'] {
  const [start = [], end] = issued['date-parts'];
  if (end === undefined) return issued;
  const shared = start.findIndex((part, index) => end[index] !== part);
  return {
    ...issued,
    'date-parts': [start.slice(0, Math.max(1, shared < 0 ? start.length : shared))],
  };
}

/** APA reference and BibTeX entry, rendered once at build time so the runtime ships no citation-js. */
export function renderCitations(item: CslItem): { apa: string; bibtex: string } {
  return {
    apa: String(
      new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }),
    ).trim(),
    bibtex: String(new Cite({ ...item, issued: bibtexDate(item.issued) }).format('bibtex')).trim(),
  };
}
