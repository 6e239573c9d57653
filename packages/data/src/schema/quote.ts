import { z } from 'zod';
import { Cited, Errata, Id, IsoDate, Person, Topic } from './common.js';

/** A statement by a named person, quoted verbatim from a source. */
export const Quote = z.strictObject({
  id: Id,
  speaker: Person,
  /** Entity the speaker speaks for (country or organization), when clear. */
  speaksFor: Id.nullable(),
  /** The quoted words exactly as the source gives them (must occur in the excerpt). */
  text: z.string().min(1),
  /** When it was said; null when the text does not say. */
  date: IsoDate.nullable(),
  dateInferred: z.boolean().optional(),
  topics: z.array(Topic).min(1),
  ...Cited,
  errata: Errata,
});

export type QuoteRecord = z.infer<typeof Quote>;
