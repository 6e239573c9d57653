import { z } from 'zod';
import { Cited, Errata, Id, IsoDate, Topic } from './common.js';

/** Something that happened (or is scheduled) on a date the text gives or lets us infer. */
export const Event = z.strictObject({
  id: Id,
  /** Short headline in our words. */
  title: z.string().min(1),
  /** ISO 8601 date; precision is its length. */
  date: IsoDate,
  /** True when the date is inferred (e.g. "just over a week ago" from the article's date). */
  dateInferred: z.boolean().optional(),
  kind: z.enum([
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
  ]),
  /** Entities that acted or were acted upon. */
  actors: z.array(Id).min(1),
  topics: z.array(Topic).min(1),
  /** One or two sentences in our words. */
  summary: z.string().min(1),
  ...Cited,
  errata: Errata,
});

export type EventRecord = z.infer<typeof Event>;
