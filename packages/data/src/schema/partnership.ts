import { z } from 'zod';
import { Cited, Errata, Id, IsoDate, Topic } from './common.js';

/** A program, venture or agreement between Ukraine and European states or firms. */
export const Partnership = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum([
    'program',
    'joint-venture',
    'memorandum',
    'agreement',
    'training-mission',
    'investment',
    'production',
  ]),
  /** Member entities (countries, companies, organizations). */
  members: z.array(Id).min(1),
  /** When it was agreed or started; null when the text does not say. */
  date: IsoDate.nullable(),
  /** What it covers, in our words. */
  covers: z.string().min(1),
  topics: z.array(Topic).min(1),
  ...Cited,
  errata: Errata,
});

export type PartnershipRecord = z.infer<typeof Partnership>;
