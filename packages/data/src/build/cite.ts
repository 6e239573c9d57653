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
  /** Printed by APA after the publisher: here, that the page at `URL` is a republication. */
  archive?: string;
  author?: { family: string; given?: string }[];
  publisher?: string;
  URL?: string;
  accessed?: { 'date-parts': number[][] };
  language: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  note: string;
}

/**
 * CSL type per kind; `genre` is APA's bracketed label after a title, kept only for a signed op-ed,
 * where it tells a reader the piece is opinion (an unsigned one is cited title first, and APA sets
 * the label apart after the date, where it reads as stray markup). `untitled` opens the
 * description of an untitled text.
 */
const CSL_TYPES: Record<SourceRecord['kind'], { type: string; genre?: string; untitled: string }> =
  {
    news: { type: 'article-newspaper', untitled: 'Untitled news report on' },
    blog: { type: 'post-weblog', untitled: 'Untitled blog post on' },
    analysis: { type: 'article', untitled: 'Untitled analysis of' },
    'op-ed': { type: 'article', genre: 'Op-ed', untitled: 'Untitled op-ed on' },
  };

/**
 * An untitled text's neutral description (its `title`, in sentence case) as a phrase that reads as
 * a description rather than a title, "Untitled op-ed on joint EU–Ukraine defense-tech investment",
 * instead of APA's square brackets, which readers of a references list took for raw markup. The
 * first word keeps its capital when it is a name: a possessive ("Europe's") or an acronym ("EU").
 */
function describeUntitled(source: SourceRecord): string {
  const [first = '', ...rest] = source.title.split(' ');
  const isName = /['’]s$/.test(first) || /\p{Lu}/u.test(first.slice(1));
  const word = isName ? first : first.charAt(0).toLowerCase() + first.slice(1);
  return [CSL_TYPES[source.kind].untitled, word, ...rest].join(' ');
}

/** Host of a URL, "worldofsoftware.org", to say where a republication was read. */
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

const dateParts = (date: string) => date.split('-').map(Number);

function author(name: string) {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return parts.length > 0 ? { family, given: parts.join(' ') } : { family };
}

/**
 * The source as a CSL-JSON item. An untitled text is cited by a description (describeUntitled); an
 * interval date becomes a CSL date range, and an inferred date is marked circa, so no citation
 * claims more than the text says. The day the page at `url` was checked is its `accessed` date; a
 * page that is a republication says so, after the publisher. A rewrite's source is named in the
 * note: CSL's `original-*` variables mean the same work republished, which a rewrite is not.
 */
export function toCsl(source: SourceRecord): CslItem {
  const [start = source.date, end] = source.date.split('/');
  const issued: CslItem['issued'] = {
    'date-parts':
      end === undefined || end === '..' ? [dateParts(start)] : [dateParts(start), dateParts(end)],
  };
  if (source.dateInferred) issued.circa = true;
  const { type, genre } = CSL_TYPES[source.kind];
  const republished =
    source.url && source.provenance.copy === 'republication'
      ? `Republished at ${host(source.url)}`
      : undefined;
  return {
    id: source.id,
    type,
    title: source.titleGiven ? source.title : describeUntitled(source),
    ...(genre && source.titleGiven && source.author ? { genre } : {}),
    ...(republished ? { archive: republished } : {}),
    ...(source.author ? { author: [author(source.author)] } : {}),
    // A publisher named only by reports of the piece is cited as such, as an inferred date is circa.
    ...(source.publisher
      ? {
          publisher: source.publisherInferred ? `${source.publisher} (inferred)` : source.publisher,
        }
      : {}),
    ...(source.url
      ? { URL: source.url, accessed: { 'date-parts': [dateParts(source.provenance.checked)] } }
      : {}),
    language: source.language,
    issued,
    // BibTeX keeps no `archive`, so its note says the address is a republication's too.
    note: republished ? `${source.note} ${republished}.` : source.note,
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
