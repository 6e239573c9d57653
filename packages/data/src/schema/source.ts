import { z } from 'zod';
import { Id, IsoDate, IsoPeriod } from './common.ts';

/** The piece a rewritten text retells: each field as the copy we read states it, null when unknown. */
export const BasedOn = z.strictObject({
  title: z.string().min(1).nullable().describe('Title of the piece our text retells.'),
  author: z.string().min(1).nullable().describe('Its author, as a copy of it names them.'),
  outlet: z.string().min(1).nullable().describe('Outlet that published it, as a copy names it.'),
  date: IsoDate.nullable().describe('Its publication date as a copy states it; null if none does.'),
  url: z
    .url()
    .nullable()
    .describe(
      'Address where we read it (a republication when the original page was not found); null when not found.',
    ),
});

/**
 * How a source's origin was looked for and what was found: the page whose text matches ours,
 * the passage compared, and the searches tried, so a reader can repeat the check.
 */
export const Provenance = z.strictObject({
  checked: IsoDate.describe('Day the search for the original and public copies was made.'),
  copy: z
    .enum(['publisher', 'republication'])
    .nullable()
    .describe(
      "What the page at `url` is: the publisher's own page, or a republication of the text on another site; null when no page was found.",
    ),
  published: IsoDate.nullable().describe(
    'Date the page at `url` gives itself (in its text or its address), as read; null when it gives none or no page was found. A republication dates the copy, so it bounds the original from above.',
  ),
  compared: z
    .string()
    .min(40)
    .nullable()
    .describe(
      'Passage of our text compared word for word with the page at `url` (checked verbatim against our text); null when no page was found.',
    ),
  version: z
    .enum(['original', 'syndicated', 'rewrite'])
    .nullable()
    .describe(
      'What our text is: the original piece, a syndicated copy of it, or a rewrite of another piece (`isBasedOn`); null when unknown.',
    ),
  isBasedOn: BasedOn.nullable().describe(
    'The piece our text retells, for a rewrite; null otherwise or when unknown.',
  ),
  searches: z
    // A CSV cell joins the list with ";", so a query must not hold one.
    .array(
      z
        .string()
        .min(1)
        .regex(/^[^;]*$/, 'must not contain ";" (the CSV list delimiter)'),
    )
    .min(1)
    .describe(
      'Searches tried (queries of public web pages), so a missing page is a documented absence.',
    ),
  finding: z
    .string()
    .min(1)
    .describe('What the check established, from which page, and what stays unknown.'),
});

/** One of the source articles every record cites. Unknowns are null, with a note saying so. */
export const Source = z.strictObject({
  id: Id.describe('Stable kebab-case id, the `source` of every record citing it.'),
  title: z
    .string()
    .min(1)
    .describe(
      'Title as given in the text or on the page at `url`, or a neutral description when neither gives one (titleGiven false).',
    ),
  titleGiven: z
    .boolean()
    .describe(
      "True when `title` is the piece's own title, given in the text or, when the text has none, by a public copy of it (`note` then says so); false when neither has one and `title` is our description.",
    ),
  shortName: z
    .string()
    .min(1)
    .describe(
      'How the report names the source in running text ("Dickinson", "the industry analysis"): defined once here, used everywhere.',
    ),
  author: z
    .string()
    .min(1)
    .nullable()
    .describe('Author as the text or the page at `url` states it; null when neither does.'),
  authorRole: z.string().min(1).nullable().describe("Author's role as the text states it."),
  publisher: z
    .string()
    .min(1)
    .nullable()
    .describe(
      'Publisher or outlet of the text as published, as the text or the page at `url` establishes it, or else as other pages name it (reports of the piece, a feed of the publisher); `provenance.finding` says which; null when unknown.',
    ),
  publisherInferred: z
    .boolean()
    .describe(
      "True when the publisher is inferred from other pages (reports of the piece, a feed of the publisher) rather than read in the text or on the publisher's own page; `provenance.finding` gives the evidence.",
    ),
  date: IsoPeriod.describe(
    'Publication date or, when only bounded by evidence, an ISO 8601 interval.',
  ),
  dateInferred: z
    .boolean()
    .describe(
      "True when the date is inferred from evidence rather than read: from the publisher's page (`provenance.published`) it is read.",
    ),
  dateReason: z
    .string()
    .min(1)
    .nullable()
    .describe('The evidence for an inferred date; null when the date is read.'),
  url: z
    .url()
    .nullable()
    .describe(
      'Address of a public page whose text matches ours word for word (`provenance.copy` says whose page it is); null when none was found (never guessed).',
    ),
  kind: z.enum(['news', 'analysis', 'op-ed', 'blog']).describe('news, analysis, op-ed or blog.'),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
    .describe('BCP 47 language tag.'),
  file: z
    .string()
    .regex(/^[a-z0-9-]+\.txt$/)
    .describe(
      'File name of the full text under packages/data/sources/, kept for verification only and never published.',
    ),
  note: z.string().min(1).describe('What is known and unknown about the source.'),
  provenance: Provenance.describe('How the origin was looked for, and what was found.'),
});

export type SourceRecord = z.infer<typeof Source>;
export type ProvenanceRecord = z.infer<typeof Provenance>;
