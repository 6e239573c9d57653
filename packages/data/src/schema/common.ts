import { z } from 'zod';

/**
 * Stable kebab-case identifier. Removing or renaming one is a breaking change. Ids are unique within
 * one kind of record (figures, measures, events, partnerships, quotes, entities, sources), not across
 * kinds: a figure may share its measure's id, and a partnership the id of the entity it names.
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens');

const datePart = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a day that exists (no 2025-02-30). */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined || day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  return day <= lastDay;
}

/**
 * ISO 8601 calendar date whose precision is its length: `2025`, `2025-09` or `2025-09-10`.
 * The precision is derived by code (`datePrecision` in the tables), never typed twice.
 */
export const IsoDate = z
  .string()
  .regex(new RegExp(`^${datePart}$`), 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/** An ISO 8601 date or interval (`2024/2025`, `2025-01/2025-06`; `2026-04/..` leaves the end open). */
export const IsoPeriod = z
  .string()
  .regex(
    new RegExp(`^${datePart}(?:/(?:${datePart}|\\.\\.))?$`),
    'must be an ISO 8601 date or interval: YYYY, YYYY-MM, YYYY-MM-DD or START/END (END may be ..)',
  )
  .refine(
    (period) => period.split('/').every((end) => end === '..' || isCalendarDate(end)),
    'is not a real calendar date',
  )
  .refine((period) => {
    const [start, end] = period.split('/');
    return end === undefined || end === '..' || (start ?? '') <= end;
  }, 'ends before it starts');

/** The topics a record can be filed under; the report's chapters follow them. */
export const Topic = z.enum([
  'production',
  'air-defense',
  'deep-strike',
  'cooperation',
  'industry-finance',
  'autonomy-law',
  'proliferation',
  'manpower',
  'war',
]);

export const Topics = z
  .array(Topic)
  .min(1)
  .describe(
    'Topics the record is filed under: production, air-defense, deep-strike, cooperation, industry-finance, autonomy-law, proliferation, manpower, war (the course and length of the war itself).',
  );

/** A person as the source text names them: the role is the text's wording, not ours. */
export const Person = z.strictObject({
  name: z.string().min(1).describe('Name as given in the text.'),
  role: z
    .string()
    .min(1)
    .nullable()
    .describe('Role or title as the text gives it (null when the text gives none).'),
});

/**
 * The citation every record carries: the source it rests on and a verbatim excerpt of it.
 * The excerpt must occur in the source text (whitespace and typographic quotes normalized).
 */
export const Cited = {
  source: Id.describe('Id of the source article the record rests on.'),
  excerpt: z
    .string()
    .min(10)
    .describe(
      'Verbatim passage of the source that supports the record (checked against the text; only whitespace and typographic quotes may differ).',
    ),
  note: z
    .string()
    .min(1)
    .optional()
    .describe('Editorial note: why a value was read this way, what is unknown.'),
};

/** A correction made in a release: kept in the data so readers see what changed and why. */
export const Erratum = z.strictObject({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.2.3')
    .describe('Data package version that made the correction.'),
  date: IsoDate.describe('Date of the correction.'),
  field: z.string().min(1).describe('Field that changed.'),
  old: z.union([z.string(), z.number(), z.null()]).describe('Value before the correction.'),
  new: z.union([z.string(), z.number(), z.null()]).describe('Value after the correction.'),
  reason: z.string().min(1).describe('Why it changed.'),
});

export const Errata = z
  .array(Erratum)
  .optional()
  .describe('Corrections made in past releases: old value, new value and reason.');

/**
 * Whether a date was inferred, and the evidence. Every dated record carries both, so an inferred
 * date is marked the same way wherever it is shown.
 */
export const dateInferred = z
  .boolean()
  .describe(
    'True when the date is inferred from internal evidence (e.g. "just over a week ago" and the article\'s date) rather than stated.',
  );

export const dateReason = z
  .string()
  .min(1)
  .nullable()
  .describe(
    'The evidence for an inferred date, or why the date is unknown; null when the text states the date.',
  );

/**
 * The interval an inferred date lies in, when the evidence bounds it more narrowly than one ISO date
 * can say: "this week" in an article of 30 September or 1 October 2025 is `2025-09-28/2025-10-01`,
 * a week across two months, so `date` can only be `2025`. The build checks that `date` is the part
 * both ends share, so consumers that read `date` alone are never told more than the evidence holds.
 */
export const dateInterval = IsoPeriod.refine(
  (period) => /^[^/]+\/[^/.]+$/.test(period),
  'must be a closed interval START/END (an open end, "..", bounds nothing)',
)
  .optional()
  .describe(
    'ISO 8601 interval the date lies in (START/END), when the evidence bounds it more narrowly than `date` can say (a week across two months); `date` is then the part both ends share. Absent otherwise.',
  );

/** ISO 4217 currency codes, as the runtime's Intl knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const Currency = z
  .string()
  .refine((code) => CURRENCIES.has(code), 'is not an ISO 4217 currency code (e.g. EUR, USD)');

/**
 * Who the text attributes a claim to: a named person, an office, an agency, a company or a
 * maker, in the words the text uses. `words` must occur in the excerpt.
 */
export const Attribution = z.strictObject({
  name: z.string().min(1).nullable().describe("A person's name as the text gives it, or null."),
  role: z
    .string()
    .min(1)
    .nullable()
    .describe("The person's or office's role as the text gives it, or null."),
  entity: Id.nullable().describe(
    'Id of the entity that speaks (country, office, agency, company); null when the text does not name one.',
  ),
  words: z
    .string()
    .min(1)
    .describe(
      'How the text names who said it, verbatim from the excerpt ("U.S. Homeland Security officials", "its developers").',
    ),
});

/** How firmly a source reports an event or partnership; the report's verbs follow it. */
export const ReportStatus = z
  .enum(['reported', 'attributed', 'hedged', 'planned'])
  .describe(
    'reported (stated as fact); attributed (the text attributes it to someone: "The Times reported", "officials have described"); hedged (the text hedges it: "reportedly", "reporting suggests"); planned (scheduled, announced or proposed, not reported as done: "slated for completion by 2027", "will begin", an alliance a leader "now speaks of").',
  );

/**
 * How a record relates to another of its table that may tell of the same thing in the world, so
 * that deals and incidents are counted once however many passages tell them. Records leave out
 * the links they do not have; published rows carry every field, null when absent.
 */
export const identityLinks = (thing: 'deal' | 'incident') => ({
  sameAs: Id.nullable()
    .optional()
    .describe(
      `Id of the record this one tells again: the same ${thing}, told in another source or passage (the texts establish it: linkReason says how); null for the first telling.`,
    ),
  partOf: Id.nullable()
    .optional()
    .describe(
      `Id of the larger ${thing} this record is one step or part of; null when it stands alone.`,
    ),
  possiblySameAs: Id.nullable()
    .optional()
    .describe(
      `Id of a record that may tell the same ${thing}; the texts do not settle it (linkReason says why), so it is counted separately; null when none.`,
    ),
  linkReason: z
    .string()
    .min(1)
    .nullable()
    .optional()
    .describe(
      'The evidence for sameAs, partOf or possiblySameAs, from the texts; null when the record has no link.',
    ),
});
