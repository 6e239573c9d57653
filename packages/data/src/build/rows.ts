import { z } from 'zod';
import { Erratum } from '../schema/common.ts';
import { Entity } from '../schema/entity.ts';
import { Event } from '../schema/event.ts';
import { Figure, Measure } from '../schema/figure.ts';
import { Partnership } from '../schema/partnership.ts';
import { Quote } from '../schema/quote.ts';
import { SetAside } from '../schema/set-aside.ts';
import { Source } from '../schema/source.ts';
import { unitNames } from '../units.ts';

/**
 * The published rows: each record kind plus the fields code derives from it. These schemas
 * generate the package's TypeScript types, the README field reference and the Table Schemas,
 * and every row is checked against them before it is written.
 */

const Precision = z.enum(['year', 'month', 'day']);
const ErrataList = z
  .array(Erratum)
  .describe('Corrections made in past releases: old value, new value and reason (empty if none).');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const FigureRow = Figure.extend({
  errata: ErrataList,
  unitCode: z
    .string()
    .nullable()
    .describe(
      'UCUM code of the unit (derived), e.g. "[mi_i]" for miles, "{drone}/a" for drones a year; null for money (see currency).',
    ),
  baseUnit: z
    .enum(unitNames)
    .describe(
      "The unit of the figure's measure (derived): every figure of a measure is compared in it.",
    ),
  valueInBaseUnit: z
    .number()
    .describe("The value converted to its measure's unit (derived): 0.5 mi is 0.804672 km."),
  periodStart: Day.nullable().describe(
    'First day of the period (derived); null when the period is unknown.',
  ),
  periodEnd: Day.nullable().describe(
    'Last day of the period (derived); null when unknown or open-ended.',
  ),
  periodPrecision: Precision.nullable().describe(
    'Precision of the period start (derived): year, month or day.',
  ),
  asOfStart: Day.nullable().describe('First day `asOf` covers (derived); null when asOf is null.'),
  asOfEnd: Day.nullable().describe(
    'Last day `asOf` covers (derived); null when asOf is null or open-ended.',
  ),
});

export const MeasureRow = Measure.extend({
  unitCode: z.string().nullable().describe('UCUM code of the unit (derived); null for money.'),
  figureCount: z.number().int().describe('Number of figures of this measure (derived).'),
});

export const EventRow = Event.extend({
  errata: ErrataList,
  datePrecision: Precision.nullable().describe(
    'Precision of the date (derived): year, month or day; null when the date is unknown.',
  ),
});

export const PartnershipRow = Partnership.extend({
  errata: ErrataList,
  datePrecision: Precision.nullable().describe(
    'Precision of the date (derived); null when the date is unknown.',
  ),
});

export const QuoteRow = Quote.extend({
  errata: ErrataList,
  datePrecision: Precision.nullable().describe(
    'Precision of the date (derived); null when the date is unknown.',
  ),
});

export const EntityRow = Entity;

export const SourceRow = Source.extend({
  dateStart: Day.describe('First day the publication date (or interval) covers (derived).'),
  dateEnd: Day.nullable().describe(
    'Last day it covers (derived); null when the interval is open-ended.',
  ),
  datePrecision: Precision.describe('Precision of the date start (derived): year, month or day.'),
  apa: z.string().describe('APA-style reference, rendered at build time with citation-js.'),
  bibtex: z.string().describe('BibTeX entry, rendered at build time with citation-js.'),
});

export const ErratumRow = Erratum.extend({
  table: z
    .enum(['figures', 'events', 'partnerships', 'quotes'])
    .describe('Table of the corrected record.'),
  recordId: z.string().describe('Id of the corrected record.'),
});

export const SetAsideRow = SetAside;

/** Every published table, in the order the README and datapackage.json list them. */
export const ROWS = {
  figures: { schema: FigureRow, type: 'Figure', title: 'Figures' },
  measures: { schema: MeasureRow, type: 'Measure', title: 'Measures' },
  events: { schema: EventRow, type: 'EventRecord', title: 'Events' },
  partnerships: { schema: PartnershipRow, type: 'Partnership', title: 'Partnerships' },
  quotes: { schema: QuoteRow, type: 'Quote', title: 'Quotes' },
  entities: { schema: EntityRow, type: 'Entity', title: 'Entities' },
  sources: { schema: SourceRow, type: 'Source', title: 'Sources' },
  errata: { schema: ErratumRow, type: 'Erratum', title: 'Errata' },
  setAside: { schema: SetAsideRow, type: 'SetAside', title: 'Numbers set aside' },
} as const;

export type TableName = keyof typeof ROWS;

/** A table's file name (without extension) and Data Package resource name: `set-aside` for setAside. */
export const fileName = (name: TableName): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
export type Tables = { [name in TableName]: z.infer<(typeof ROWS)[name]['schema']>[] };
