import { z } from 'zod';
import { SET_ASIDE_REASONS, setAsideReasonNames } from '../set-aside-reasons.ts';
import { Id } from './common.ts';

export const SetAsideReasonField = z.enum(setAsideReasonNames).describe(
  `Why the number is not a figure. ${Object.entries(SET_ASIDE_REASONS)
    .map(([name, definition]) => `${name}: ${definition}`)
    .join(' ')}`,
);

/**
 * A number of a source text that no figure records, with the reason. With the figures, the
 * entries account for every number the build reads in the sources (years and days of dates
 * aside): a number that is neither recorded nor set aside fails the build.
 */
export const SetAside = z.strictObject({
  source: Id.describe('Id of the source whose text states the number.'),
  span: z
    .string()
    .min(1)
    .max(40)
    .describe(
      'The number as written, as the build reads it: "tens of thousands", "second", "600", "a week".',
    ),
  context: z
    .string()
    .min(1)
    .max(80)
    .describe(
      'A few words around the number, verbatim from the source, that occur there once (at most 80 characters: the articles themselves are not republished).',
    ),
  reason: SetAsideReasonField,
  figure: Id.nullable().describe(
    'Id of the figure the number repeats (repeat-of), restates in another unit (other-unit) or belongs to (part-of-figure); null for the other reasons.',
  ),
  note: z.string().min(1).describe('Why, in a short sentence of our own.'),
});

export type SetAsideRecord = z.infer<typeof SetAside>;
