/**
 * Fixed records for the charts' tests and snapshots, derived once from @ua-drones/data and frozen:
 * ids start with "fixture-" so nobody mistakes them for the real records, and a correction to the
 * real data never changes a test or a snapshot. Besides what the charts draw, the tables hold
 * records that no chart's selection may pick (a repeated report, events outside the report's
 * years, partnerships not filed under cooperation).
 */
import type { EntityRecord, SourceRecord } from '../../src/core/records.js';
import type { DataTables } from '../../src/index.js';
import { entities } from './entities.js';
import { events } from './events.js';
import { figures } from './figures.js';
import { partnerships } from './partnerships.js';
import { sources } from './sources.js';

export { quotes } from './quotes.js';
export { entities, events, figures, partnerships, sources };

export const tables: DataTables = { figures, events, partnerships };

/**
 * The data package's lookups, answered from the fixture: the charts name entities and cite sources
 * through `findEntityLabel` and `findSourceCredit`, so the snapshots stay fixed only if these do
 * too. The fixture keeps only the fields the charts read, so a field added to the sources' schema
 * does not mean editing it.
 */
export const lookups = {
  findEntityLabel: (id: string) =>
    entities.find((entity) => entity.id === id) as EntityRecord | undefined,
  findSourceCredit: (id: string) =>
    sources.find((source) => source.id === id) as SourceRecord | undefined,
};
