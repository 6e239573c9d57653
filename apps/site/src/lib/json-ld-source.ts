/**
 * A source article as schema.org reads it. Every field states only what the data knows: a null
 * author, publisher or title leaves its field out, and an inferred date is never `datePublished` (nor an
 * inferred publisher `publisher`).
 */
import { formatPeriod, type Source } from './data.ts';

type Node = Record<string, unknown>;

const KIND_TYPES: Record<Source['kind'], string> = {
  news: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  'op-ed': 'OpinionNewsArticle',
  blog: 'BlogPosting',
};

/**
 * An opinion or an analysis belongs to the writer who argued it: an unsigned rewrite of one is
 * only an Article (based on the original), while news retold is still news and a blog post
 * still a blog post.
 */
function schemaType(source: Source): string {
  const retold = source.provenance.version === 'rewrite';
  if (retold && (source.kind === 'op-ed' || source.kind === 'analysis')) return 'Article';
  return KIND_TYPES[source.kind];
}

/**
 * Where a copy of the text can be read. Only the publisher's own page is the work's `url`; a
 * republication is another site's copy, so it is given as `sameAs`, never as the original's address.
 */
function address(url: string | null, ownPage: boolean): Node {
  if (url === null) return {};
  return ownPage ? { url } : { sameAs: url };
}

/** The piece a rewrite retells, with what a copy of it states; its address is always a copy read. */
function basedOn(source: Source): Node | undefined {
  const original = source.provenance.isBasedOn;
  if (original === null) return undefined;
  return {
    '@type': 'CreativeWork',
    name: original.title ?? undefined,
    headline: original.title ?? undefined,
    author: original.author ? { '@type': 'Person', name: original.author } : undefined,
    publisher: original.outlet ? { '@type': 'Organization', name: original.outlet } : undefined,
    datePublished: original.date ?? undefined,
    ...address(original.url, false),
  };
}

/** Fields left undefined are absent from the JSON (JsonLd.astro serializes with JSON.stringify). */
export function sourceNode(source: Source): Node {
  // What the fields leave out, said in words rather than stated as the piece's own.
  const notes = [
    ...(source.titleGiven ? [] : [`Untitled; described here as “${source.title}”.`]),
    ...(source.dateInferred
      ? [`Publication date not stated; inferred as ${formatPeriod(source.date)}.`]
      : []),
    ...(source.publisher && source.publisherInferred
      ? [`Publisher not stated; inferred as ${source.publisher} from reports of the piece.`]
      : []),
  ];
  return {
    '@type': schemaType(source),
    // A title we wrote is a description, not the piece's headline.
    name: source.titleGiven ? source.title : undefined,
    headline: source.titleGiven ? source.title : undefined,
    author: source.author
      ? { '@type': 'Person', name: source.author, jobTitle: source.authorRole ?? undefined }
      : undefined,
    publisher:
      source.publisher && !source.publisherInferred
        ? { '@type': 'Organization', name: source.publisher }
        : undefined,
    datePublished: source.dateInferred ? undefined : source.date,
    description: notes.length > 0 ? notes.join(' ') : undefined,
    ...address(source.url, source.provenance.copy === 'publisher'),
    isBasedOn: basedOn(source),
    inLanguage: source.language,
  };
}
