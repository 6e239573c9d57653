import { z } from 'zod';
import {
  Cited,
  dateInferred,
  dateInterval,
  dateReason,
  Errata,
  Id,
  IsoDate,
  identityLinks,
  ReportStatus,
  Topics,
} from './common.ts';

/** Something that happened, or is scheduled, as a source reports it. */
export const Event = z.strictObject({
  id: Id.describe('Stable kebab-case id.'),
  title: z.string().min(1).describe('Short headline in our words.'),
  date: IsoDate.nullable().describe(
    'ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD; precision is its length); null when the text does not date the event (`dateReason` says so).',
  ),
  dateInferred,
  dateReason,
  dateInterval,
  status: ReportStatus,
  ...identityLinks('incident'),
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
