import { z } from 'zod';
import { Cited, Errata, Id, IsoDate, Topics } from './common.ts';

/** Something that happened (or is scheduled) on a date the text gives or lets us infer. */
export const Event = z.strictObject({
  id: Id.describe('Stable kebab-case id.'),
  title: z.string().min(1).describe('Short headline in our words.'),
  date: IsoDate.describe('ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); precision is its length.'),
  dateInferred: z
    .boolean()
    .optional()
    .describe(
      'True when the date is inferred (e.g. "just over a week ago" from the article\'s date).',
    ),
  kind: z
    .enum([
      'agreement',
      'incursion',
      'strike',
      'unveiling',
      'resolution',
      'training-mission',
      'investment',
      'statement',
      'deployment',
      'other',
    ])
    .describe('What kind of event it is.'),
  actors: z.array(Id).min(1).describe('Ids of the entities that acted or were acted upon.'),
  topics: Topics,
  summary: z.string().min(1).describe('One or two sentences in our words.'),
  ...Cited,
  errata: Errata,
});

export type EventRecord = z.infer<typeof Event>;
