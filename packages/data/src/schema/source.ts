import { z } from 'zod';
import { Id, IsoPeriod } from './common.ts';

/** One of the source articles every record cites. Unknowns are null, with a note saying so. */
export const Source = z.strictObject({
  id: Id.describe('Stable kebab-case id, the `source` of every record citing it.'),
  title: z
    .string()
    .min(1)
    .describe(
      'Title as given in the text, or a neutral description when the text has none (titleGiven false).',
    ),
  titleGiven: z.boolean().describe('False when the text has no title and `title` is ours.'),
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
    .describe('Author as the text states it; null when not stated.'),
  authorRole: z.string().min(1).nullable().describe("Author's role as the text states it."),
  publisher: z
    .string()
    .min(1)
    .nullable()
    .describe('Publisher or outlet as the text states it; null when not stated.'),
  date: IsoPeriod.describe(
    'Publication date or, when only bounded by evidence, an ISO 8601 interval.',
  ),
  dateInferred: z
    .boolean()
    .describe('True when the date is inferred from internal evidence rather than stated.'),
  dateReason: z.string().min(1).nullable().describe('The internal evidence for an inferred date.'),
  url: z.url().nullable().describe('Address of the original; null when unknown (never guessed).'),
  kind: z.enum(['news', 'analysis', 'op-ed', 'blog']).describe('news, analysis, op-ed or blog.'),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
    .describe('BCP 47 language tag.'),
  file: z
    .string()
    .regex(/^[a-z0-9-]+\.txt$/)
    .describe('File name of the text under packages/data/sources/ (not published).'),
  note: z.string().min(1).describe('What is known and unknown about the source.'),
});

export type SourceRecord = z.infer<typeof Source>;
