import { entities, sources } from '@ua-drones/data';
import type { EntityRecord, SourceRecord } from './records.js';

const entityById = new Map<string, EntityRecord>(entities.map((entity) => [entity.id, entity]));
const sourceById = new Map<string, SourceRecord>(sources.map((source) => [source.id, source]));

/** The entity a record refers to; the data package guarantees every reference resolves. */
export function entity(id: string): EntityRecord | undefined {
  return entityById.get(id);
}

/** Display name of an entity id, falling back to the id so nothing is silently dropped. */
export function entityName(id: string): string {
  return entityById.get(id)?.name ?? id;
}

export function source(id: string): SourceRecord | undefined {
  return sourceById.get(id);
}
