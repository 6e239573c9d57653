import type { Entity, EventRecord, Figure, Partnership, Source } from '@ua-drones/data';

export type {
  Entity as EntityRecord,
  EventRecord,
  Figure as FigureRecord,
  Partnership as PartnershipRecord,
  Source as SourceRecord,
};

/** The record kinds a chart can draw. */
export type RecordKind = 'figure' | 'event' | 'partnership';

export type ChartRecord = Figure | EventRecord | Partnership;

/** Recognizes a record by the fields only its kind has (records carry no kind tag). */
export function kindOf(record: unknown): RecordKind | null {
  if (typeof record !== 'object' || record === null) return null;
  if ('measure' in record && 'value' in record) return 'figure';
  if ('members' in record && 'covers' in record) return 'partnership';
  if ('date' in record && 'kind' in record && 'actors' in record) return 'event';
  return null;
}
