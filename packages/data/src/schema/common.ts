import { z } from 'zod';

/** Stable kebab-case identifier. Removing or renaming one is a breaking change. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens');

const datePart = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;

/**
 * ISO 8601 calendar date whose precision is its length: `2025`, `2025-09` or `2025-09-10`.
 * The precision is derived by code (see `datePrecision`), never typed twice.
 */
export const IsoDate = z
  .string()
  .regex(new RegExp(`^${datePart}$`), 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/** An ISO 8601 date or interval (`2024/2025`, `2025-01/2025-06`; `2026-04/..` leaves the end open). */
export const IsoPeriod = z
  .string()
  .regex(
    new RegExp(`^${datePart}(?:/(?:${datePart}|\\.\\.))?$`),
    'must be an ISO 8601 date or interval: YYYY, YYYY-MM, YYYY-MM-DD or START/END (END may be ..)',
  );

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
]);

/** A person as the source text names them: the role is the text's wording, not ours. */
export const Person = z.strictObject({
  /** Name as given in the text. */
  name: z.string().min(1),
  /** Role or title as the text gives it (null when the text gives none). */
  role: z.string().min(1).nullable(),
});

/**
 * The citation every record carries: the source it rests on and a verbatim excerpt of it.
 * The excerpt must occur in the source text (whitespace and typographic quotes normalized).
 */
export const Cited = {
  /** Id of the source article. */
  source: Id,
  /** Verbatim passage of the source that supports the record. */
  excerpt: z.string().min(10),
  /** Editorial note: why a value was read this way, what is unknown. */
  note: z.string().min(1).optional(),
};

/** A correction made in a release: kept in the data so readers see what changed and why. */
export const Erratum = z.strictObject({
  /** Data package version that made the correction. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Date of the correction. */
  date: IsoDate,
  /** Field that changed. */
  field: z.string().min(1),
  /** Value before the correction. */
  old: z.union([z.string(), z.number(), z.null()]),
  /** Value after the correction. */
  new: z.union([z.string(), z.number(), z.null()]),
  /** Why it changed. */
  reason: z.string().min(1),
});

export const Errata = z.array(Erratum).optional();
