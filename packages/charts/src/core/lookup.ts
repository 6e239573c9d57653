import { findEntity, findSource } from '@ua-drones/data';
import type { EntityRecord, SourceRecord } from './records.js';

/** The entity a record refers to (the data package checks that every reference resolves). */
export function entity(id: string): EntityRecord | undefined {
  return findEntity(id);
}

/** Display name of an entity id, falling back to the id so nothing is silently dropped. */
export function entityName(id: string): string {
  return findEntity(id)?.name ?? id;
}

export function source(id: string): SourceRecord | undefined {
  return findSource(id);
}
