import data from './data/entities.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Entity } from './types.ts';

/** Every entity, in record-file order. */
export const entities: readonly Entity[] = data as readonly Entity[];

const entityLookup = /* @__PURE__ */ lookup(entities, 'entity');

/** The entity with this id, or undefined. */
export const findEntity: (id: string) => Entity | undefined = entityLookup.find;

/** The entity with this id; throws an Error naming the id when there is none. */
export const getEntity: (id: string) => Entity = entityLookup.get;
