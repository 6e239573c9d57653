import rows from './data/entity-labels.ts';
import { lookup } from './lookup.ts';
import type { EntityLabel } from './slim.ts';

export type { EntityLabel };

/**
 * Every entity as a label names it (name, kind, country, whether the texts name it), in
 * record-file order: what a chart in a browser reads instead of `entities`.
 */
export const entityLabels: readonly EntityLabel[] = rows;

const labelLookup = /* @__PURE__ */ lookup(entityLabels, 'entityLabel', 'entity');

// A function, not `labelLookup.find`: Rollup and Rolldown count a property read at the top level
// as a side effect, which would keep this table in a bundle that imports the module but never
// calls it.
/** The label of the entity with this id, or undefined. */
export function findEntityLabel(id: string): EntityLabel | undefined {
  return labelLookup.find(id);
}
