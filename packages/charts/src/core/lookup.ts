import {
  type EntityLabel,
  findEntityLabel,
  findSourceCredit,
  type SourceCredit,
} from '@ua-drones/data';

// The slim tables (`entityLabels`, `sourceCredits`) rather than `entities` and `sources`: a page
// that imports one chart then carries names and credits, not descriptions and provenance.

/** The entity a record refers to (the data package checks that every reference resolves). */
export function entity(id: string): EntityLabel | undefined {
  return findEntityLabel(id);
}

/** Display name of an entity id, falling back to the id so nothing is silently dropped. */
export function entityName(id: string): string {
  return findEntityLabel(id)?.name ?? id;
}

export function source(id: string): SourceCredit | undefined {
  return findSourceCredit(id);
}
