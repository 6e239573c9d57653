import type { Entity, Source } from './types.ts';

/**
 * The fields of a source that a chart's credit line and labels read: its author, its title (quoted
 * only when the piece gives one), its date and whether that date is inferred, and the short name
 * running text calls it by. The address, provenance, notes and rendered references of the full
 * `sources` rows stay out, so a browser page that draws a chart does not carry them.
 */
export const SOURCE_CREDIT_FIELDS = [
  'id',
  'shortName',
  'author',
  'title',
  'titleGiven',
  'date',
  'dateInferred',
] as const satisfies readonly (keyof Source)[];

/** A source as a credit line cites it: the `SOURCE_CREDIT_FIELDS` of a row of `sources`. */
export type SourceCredit = Pick<Source, (typeof SOURCE_CREDIT_FIELDS)[number]>;

/**
 * The fields of an entity that a label reads: its name, what kind of thing it is, the country the
 * texts tie it to and whether the texts name it. Descriptions, aliases and memberships stay out.
 */
export const ENTITY_LABEL_FIELDS = [
  'id',
  'name',
  'kind',
  'country',
  'named',
] as const satisfies readonly (keyof Entity)[];

/** An entity as a label names it: the `ENTITY_LABEL_FIELDS` of a row of `entities`. */
export type EntityLabel = Pick<Entity, (typeof ENTITY_LABEL_FIELDS)[number]>;
