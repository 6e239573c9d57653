import { z } from 'zod';
import { Id, IsoPeriod } from './common.js';

/** One of the source articles every record cites. Unknowns are null, with a note saying so. */
export const Source = z.strictObject({
  id: Id,
  /** Title as given in the text, or a neutral description when the text has none (`titleGiven: false`). */
  title: z.string().min(1),
  titleGiven: z.boolean(),
  /** Author as the text states it; null when not stated. */
  author: z.string().min(1).nullable(),
  /** Author's role as the text states it. */
  authorRole: z.string().min(1).nullable(),
  /** Publisher or outlet as the text states it; null when not stated. */
  publisher: z.string().min(1).nullable(),
  /** Publication date or, when only bounded by evidence, an ISO 8601 interval. */
  date: IsoPeriod,
  /** True when the date is inferred from internal evidence rather than stated. */
  dateInferred: z.boolean(),
  /** The internal evidence for an inferred date. */
  dateReason: z.string().min(1).nullable(),
  /** Address of the original; null when unknown (never guessed). */
  url: z.url().nullable(),
  kind: z.enum(['news', 'analysis', 'op-ed', 'blog']),
  /** BCP 47 language tag. */
  language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/),
  /** File name of the text under `packages/data/sources/`. */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** What is known and unknown about the source. */
  note: z.string().min(1),
});

export type SourceRecord = z.infer<typeof Source>;
