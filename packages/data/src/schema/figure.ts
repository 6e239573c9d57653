import { z } from 'zod';
import { unitNames } from '../units.ts';
import {
  Attribution,
  Cited,
  Currency,
  dateReason,
  Errata,
  Id,
  IsoPeriod,
  Topics,
} from './common.ts';

/**
 * What kind of claim a number is; the report's wording follows it ("claims", "estimates"). Who
 * says it is `attributedTo`: an attributed figure is never `reported` or `reported-event`, which
 * are the text's own statements. Whether it is hypothetical is the separate `conditional` flag.
 */
export const FigureStatus = z
  .enum([
    'official-statement',
    'estimate',
    'claim',
    'party-claim',
    'pledge-or-plan',
    'reported-event',
    'reported',
  ])
  .describe(
    'What kind of claim it is: official-statement (by an official or office of a state or organization that is not a party to the war, named in attributedTo); estimate; claim (a claim the text attributes to someone who is neither an official nor a party to the war, or calls claimed, or restates from one: "its developers claim", "volunteers have described", "a claimed hit rate"); party-claim (by a party to the war, named in attributedTo: Ukraine or Russia, their leaders, officials and forces; an official of any other state or organization makes an official-statement); pledge-or-plan; reported-event (an event the text states as fact, unattributed); reported (stated as fact, unattributed: never with attributedTo).',
  );

/** Statuses that are the text's own statement, so a figure with `attributedTo` cannot have them. */
export const UNATTRIBUTED_STATUSES: ReadonlySet<z.infer<typeof FigureStatus>> = new Set([
  'reported',
  'reported-event',
]);

/** Statuses that name who speaks, so they need `attributedTo`. */
export const SPEAKER_STATUSES: ReadonlySet<z.infer<typeof FigureStatus>> = new Set([
  'official-statement',
  'party-claim',
]);

/**
 * One number a source states, normalized: value, unit, what time it measures and when it held,
 * who said it, and the verbatim excerpt it is read from.
 */
export const Figure = z.strictObject({
  id: Id.describe(
    'Stable kebab-case id. Never contains the value: a corrected value must not force a rename.',
  ),
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
      'Unit from the controlled vocabulary (the package exports it as `UNITS`). Rates are units of their own: drones/year, drones/day, drones/night, money/month.',
    ),
  currency: Currency.nullable().describe(
    'ISO 4217 code of the currency for a money unit (EUR, USD); null for every other unit.',
  ),
  qualifier: z
    .enum(['exact', 'approximately', 'at-least', 'more-than', 'less-than', 'almost', 'up-to'])
    .describe('How the text qualifies the number ("about" is approximately, "over" is more-than).'),
  period: IsoPeriod.nullable().describe(
    'The date or period the number measures over (a year of output, one night), at the precision the text gives: the column mixes years, months, days and intervals (2025, 2025-09, 2026-04/.., 2025/2026), so filter and sort on periodStart and periodEnd; null when the text does not say.',
  ),
  periodInferred: z
    .boolean()
    .describe('True when the period is inferred from internal evidence rather than stated.'),
  periodLength: z
    .string()
    .regex(/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, 'must be an ISO 8601 duration like P6M')
    .nullable()
    .describe(
      'ISO 8601 duration of the period when the text gives its length but not its dates ("in six months" is P6M); null otherwise.',
    ),
  asOf: IsoPeriod.nullable().describe(
    'When the number was stated or held true: the date of a statement, or of the article for a claim in the present tense ("it produces four million drones a year"), at the precision known (filter on asOfStart and asOfEnd); null for a past event the text does not date.',
  ),
  asOfInferred: z
    .boolean()
    .describe(
      "True when `asOf` is not a date the text gives for the number but is inferred: the article's date (read from its page or itself inferred) for a number stated in the present tense, or a date worked out from the text; `dateReason` says which.",
    ),
  dateReason,
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
  status: FigureStatus,
  conditional: z
    .boolean()
    .describe(
      'True when the text gives the number as hypothetical or dependent on a condition ("would represent", "in the event of a wider war"); combines with any status.',
    ),
  attributedTo: Attribution.nullable().describe(
    'Who the text attributes the number to (a person, office, agency, company or maker), or null when it is stated as fact.',
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
  unit: z
    .enum(unitNames)
    .describe(
      "The measure's base unit: the unit its figures are compared in. Each figure's `valueInBaseUnit` is its value converted to it (miles to km, minutes to seconds, a fraction to percent); every length is in km and every share in percent (MEASURE_UNITS), a time in the unit the measure names.",
    ),
  description: z
    .string()
    .min(1)
    .optional()
    .describe('How figures of this measure compare, and why they may disagree.'),
  comparableWith: z
    .array(
      z.strictObject({
        measure: Id.describe('Id of the other measure.'),
        reason: z
          .string()
          .min(1)
          .describe(
            'What each measures, and why their figures are different things that a reader will compare.',
          ),
      }),
    )
    .optional()
    .describe(
      "Other measures a reader will set against this one though they measure different things (a stated range and one strike's distance): `conflicts()` lists every pair of their figures, with this reason. The units must convert: figures are compared in this measure's unit.",
    ),
});

export type MeasureRecord = z.infer<typeof Measure>;
