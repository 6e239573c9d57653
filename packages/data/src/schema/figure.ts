import { z } from 'zod';
import { unitNames } from '../units.js';
import { Cited, Errata, Id, IsoPeriod, Person, Topic } from './common.js';

/**
 * One number a source states, normalized: value, unit, the period it refers to, who said it,
 * and the verbatim excerpt it is read from.
 */
export const Figure = z.strictObject({
  /** Stable kebab-case id. */
  id: Id,
  /** What the number counts, in a short phrase of our own. */
  label: z.string().min(1),
  /** The number as stated (2.2 million is 2200000; 87% is 87 with unit percent). */
  value: z.number().finite(),
  unit: z.enum(unitNames),
  /** How the text qualifies the number. */
  qualifier: z.enum([
    'exact',
    'approximately',
    'at-least',
    'more-than',
    'less-than',
    'almost',
    'up-to',
  ]),
  /** The date or period the number refers to (ISO 8601); null when the text does not say. */
  period: IsoPeriod.nullable(),
  /** Figures that measure the same thing share a measure id, so disagreements are explicit. */
  measure: Id,
  /** Entities the number is about (country, organization, program, system). */
  subjects: z.array(Id).min(1),
  topics: z.array(Topic).min(1),
  /** What kind of claim it is. */
  status: z.enum([
    'official-statement',
    'estimate',
    'pledge-or-plan',
    'reported-event',
    'party-claim',
    'reported',
  ]),
  /** Who the text attributes the number to, when it does. */
  attributedTo: Person.nullable(),
  ...Cited,
  errata: Errata,
});

export type FigureRecord = z.infer<typeof Figure>;

/** A quantity that figures measure; its id is the `measure` of each figure. */
export const Measure = z.strictObject({
  id: Id,
  /** What is measured, e.g. "Drones produced in Ukraine per year". */
  label: z.string().min(1),
  /** How figures of this measure compare, and why they may disagree. */
  description: z.string().min(1).optional(),
});

export type MeasureRecord = z.infer<typeof Measure>;
