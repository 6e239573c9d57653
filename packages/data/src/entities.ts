import data from './data/entities.json' with { type: 'json' };
import type { EntityId } from './data/ids.ts';
import { type IdArgument, lookup } from './lookup.ts';
import type { Entity } from './types.ts';

/** Every entity, in record-file order. */
export const entities: readonly Entity[] = data as readonly Entity[];

const entityLookup = /* @__PURE__ */ lookup(entities, 'entity');

/** The entity with this id, or undefined. */
export const findEntity: (id: string) => Entity | undefined = entityLookup.find;

/**
 * The entity with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `EntityId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getEntity: <Id extends string>(id: IdArgument<Id, EntityId>) => Entity =
  entityLookup.get;
