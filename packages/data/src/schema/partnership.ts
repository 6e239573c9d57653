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

/** A program, venture or agreement between Ukraine and European states or firms. */
export const Partnership = z.strictObject({
  id: Id.describe('Stable kebab-case id.'),
  name: z.string().min(1).describe('Name of the program, venture or agreement.'),
  shortName: z
    .string()
    .min(1)
    .max(40)
    .describe(
      'A short name of our own for tight spaces such as a chart\'s row labels (about 32 characters, at most 40), exactly as strong as `name`: no fact it lacks, and a hedge it carries kept by attribution ("Drone alliance von der Leyen speaks of").',
    ),
  kind: z
    .enum([
      'program',
      'joint-venture',
      'memorandum',
      'agreement',
      'training-mission',
      'investment',
      'production',
      'assistance',
      'alliance',
    ])
    .describe(
      'What kind of partnership it is; assistance is help or know-how shared in no more specific form the text names; alliance is one the text calls an alliance without saying what form it takes.',
    ),
  members: z
    .array(Id)
    .min(1)
    .describe(
      'Ids of the member entities (countries, companies, organizations); a party the text counts without naming it is an entity with `named: false`.',
    ),
  date: IsoDate.nullable().describe(
    'When it was agreed or started (ISO 8601); null when the text does not say (`dateReason` says why).',
  ),
  dateInferred,
  dateReason,
  dateInterval,
  status: ReportStatus,
  ...identityLinks('deal'),
  covers: z.string().min(1).describe('What it covers, in our words.'),
  topics: Topics,
  ...Cited,
  errata: Errata,
});

export type PartnershipRecord = z.infer<typeof Partnership>;
