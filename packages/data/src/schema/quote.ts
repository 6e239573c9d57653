import { z } from 'zod';
import { Cited, dateInferred, dateReason, Errata, Id, IsoDate, Person, Topics } from './common.ts';

/** A statement by a named person, quoted verbatim from a source. */
export const Quote = z.strictObject({
  id: Id.describe('Stable kebab-case id.'),
  speaker: Person.describe('Who speaks: name and role as the text gives them.'),
  speaksFor: Id.nullable().describe(
    'Id of the entity the speaker speaks for (country or organization), when clear; else null.',
  ),
  text: z
    .string()
    .min(1)
    .describe('The quoted words exactly as the source gives them; must occur in the excerpt.'),
  date: IsoDate.nullable().describe(
    'When it was said (ISO 8601); null when the text does not say.',
  ),
  dateInferred,
  dateReason,
  topics: Topics,
  ...Cited,
  errata: Errata,
});

export type QuoteRecord = z.infer<typeof Quote>;
