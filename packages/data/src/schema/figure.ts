import { z } from 'zod';
import { unitNames } from '../units.ts';
import { Cited, Errata, Id, IsoPeriod, Person, Topics } from './common.ts';

/**
 * One number a source states, normalized: value, unit, the period it refers to, who said it,
 * and the verbatim excerpt it is read from.
 */
export const Figure = z.strictObject({
  id: Id.describe('Stable kebab-case id.'),
  label: z.string().min(1).describe('What the number counts, in a short phrase of our own.'),
  value: z
    .number()
    .finite()
    .describe(
      'The number as stated, in the stated unit (2.2 million is 2200000; 87% is 87 with unit percent). Must be readable from the excerpt.',
    ),
  unit: z
    .enum(unitNames)
    .describe(
      'Unit from the controlled vocabulary (drones, people, percent, km, mi, EUR, USD, ...).',
    ),
  qualifier: z
    .enum(['exact', 'approximately', 'at-least', 'more-than', 'less-than', 'almost', 'up-to'])
    .describe('How the text qualifies the number ("about" is approximately, "over" is more-than).'),
  period: IsoPeriod.nullable().describe(
    'The date or period the number refers to (ISO 8601 date or interval); null when the text does not say.',
  ),
  measure: Id.describe(
    'Id of the measure: figures that measure the same quantity share it, so disagreements are explicit.',
  ),
  subjects: z
    .array(Id)
    .min(1)
    .describe(
      'Ids of the entities the number is about (countries, organizations, programs, systems).',
    ),
  topics: Topics,
  status: z
    .enum([
      'official-statement',
      'estimate',
      'pledge-or-plan',
      'reported-event',
      'party-claim',
      'reported',
    ])
    .describe(
      'What kind of claim it is: official-statement, estimate, pledge-or-plan, reported-event, party-claim (by a party to the war) or reported (stated as fact, unattributed).',
    ),
  attributedTo: Person.nullable().describe(
    'Who the text attributes the number to (name and role as the text gives them), or null.',
  ),
  ...Cited,
  errata: Errata,
});

export type FigureRecord = z.infer<typeof Figure>;

/** A quantity that figures measure; its id is the `measure` of each figure. */
export const Measure = z.strictObject({
  id: Id.describe('Stable kebab-case id, the `measure` of the figures that measure it.'),
  label: z
    .string()
    .min(1)
    .describe('What is measured, e.g. "Drones produced in Ukraine per year".'),
  description: z
    .string()
    .min(1)
    .optional()
    .describe('How figures of this measure compare, and why they may disagree.'),
});

export type MeasureRecord = z.infer<typeof Measure>;
