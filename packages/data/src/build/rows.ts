import { z } from 'zod';
import { Erratum, Id } from '../schema/common.ts';
import { EntityFields } from '../schema/entity.ts';
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

/** The identity links as rows carry them: always present, null when the record has none. */
const links = (thing: 'deal' | 'incident') => ({
  sameAs: Id.nullable().describe(
    `Id of the record this one tells again: the same ${thing}, told in another source or passage (linkReason says how the texts establish it); null for the first telling.`,
  ),
  partOf: Id.nullable().describe(
    `Id of the larger ${thing} this record is one step or part of; null when it stands alone.`,
  ),
  possiblySameAs: Id.nullable().describe(
    `Id of a record that may tell the same ${thing}; the texts do not settle it (linkReason says why), so it is counted separately; null when none.`,
  ),
  linkReason: z
    .string()
    .nullable()
    .describe('The evidence for sameAs, partOf or possiblySameAs; null when there is no link.'),
});

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
    .describe(
      "The value converted to its measure's unit (derived): 0.5 mi is 0.804672 km. Compare and sort figures by this, not by `value`, which keeps the unit the text states.",
    ),
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
  ...links('incident'),
  incident: Id.describe(
    'Id of the incident the record tells (derived): the first telling its sameAs and partOf links lead to. Count incidents by distinct values.',
  ),
  countries: z
    .array(Id)
    .min(1)
    .nullable()
    .describe(
      'Ids of the countries the actors belong to (derived): a state itself, a company or body its `country`; each once, in actor order; null when no actor has a country.',
    ),
  datePrecision: Precision.nullable().describe(
    'Precision of the date (derived): year, month or day; null when the date is unknown.',
  ),
});

export const PartnershipRow = Partnership.extend({
  errata: ErrataList,
  ...links('deal'),
  deal: Id.describe(
    'Id of the deal the record tells (derived): the first telling its sameAs and partOf links lead to. Count deals by distinct values.',
  ),
  memberRoles: z
    .array(z.enum(['state', 'company', 'organization']))
    .describe(
      'What each member is, in the order of `members` (derived from its entity): state, company or organization (programs, groups and other bodies).',
    ),
  countries: z
    .array(Id)
    .min(1)
    .nullable()
    .describe(
      'Ids of the countries the members belong to (derived): a state itself, a company or body its `country`; each once, in member order; null when no member has a country.',
    ),
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

export const EntityRow = EntityFields.extend({
  country: Id.nullable().describe(
    "Id of the entity's country (lowercase ISO 3166-1 alpha-2): a country itself, another entity the country the texts tie it to; null when they tie it to none.",
  ),
  named: z
    .boolean()
    .describe(
      'False for a party the texts count or describe without naming it ("four companies from Ukraine").',
    ),
  region: z
    .enum(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'])
    .nullable()
    .describe(
      "UN M49 region of the entity's country (derived from a cited list, not the sources: see PLACE_CITATIONS); null without a country.",
    ),
  regionM49: z
    .string()
    .nullable()
    .describe('UN M49 code of that region (derived): 150 is Europe; null without a country.'),
  euFrom: z
    .string()
    .nullable()
    .describe(
      "When the entity's country joined the EU (derived from a cited list: year, or day); null if it never did.",
    ),
  euUntil: z
    .string()
    .nullable()
    .describe('When it left the EU (derived); null if it has not (or never joined).'),
  natoFrom: z
    .string()
    .nullable()
    .describe(
      "When the entity's country joined NATO (derived from a cited list); null if it never did.",
    ),
  natoUntil: z.string().nullable().describe('When it left NATO (derived); null if it has not.'),
});

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

export const ConflictRow = z.strictObject({
  id: z
    .string()
    .describe('The two figure ids joined by "--" (derived): stable while both figures are.'),
  kind: z
    .enum(['contradiction', 'tension', 'different-measures'])
    .describe(
      'contradiction: one measure, the same time by dates the texts state, no value satisfies both; tension: the same, but the overlap in time rests on an inferred date; different-measures: figures of two measures declared comparable (`comparableWith`) whose values look inconsistent though they measure different things.',
    ),
  figureA: z.string().describe('Id of the first figure.'),
  figureB: z.string().describe('Id of the second figure.'),
  measureA: z.string().describe('Measure of the first figure.'),
  measureB: z
    .string()
    .describe('Measure of the second figure (the same for contradiction and tension).'),
  reason: z
    .string()
    .describe(
      'One line a reader can check against both passages, as certain as the evidence allows.',
    ),
});

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
  conflicts: { schema: ConflictRow, type: 'ConflictRow', title: 'Conflicts' },
} as const;

export type TableName = keyof typeof ROWS;

/** A table's file name (without extension) and Data Package resource name: `set-aside` for setAside. */
export const fileName = (name: TableName): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
export type Tables = { [name in TableName]: z.infer<(typeof ROWS)[name]['schema']>[] };
