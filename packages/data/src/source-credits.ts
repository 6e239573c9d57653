import rows from './data/source-credits.ts';
import { lookup } from './lookup.ts';
import type { SourceCredit } from './slim.ts';

export type { SourceCredit };

/**
 * Every source as a chart's credit line cites it (author, title, date, short name), in
 * record-file order: what a chart in a browser reads instead of `sources`, whose provenance and
 * rendered references it does not draw.
 */
export const sourceCredits: readonly SourceCredit[] = rows;

const creditLookup = /* @__PURE__ */ lookup(sourceCredits, 'sourceCredit', 'source');

// A function, not `creditLookup.find`: Rollup and Rolldown count a property read at the top level
// as a side effect, which would keep this table in a bundle that imports the module but never
// calls it.
/** The credit of the source with this id, or undefined. */
export function findSourceCredit(id: string): SourceCredit | undefined {
  return creditLookup.find(id);
}
