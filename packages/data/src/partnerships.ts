import type { PartnershipId } from './data/ids.ts';
import data from './data/partnerships.json' with { type: 'json' };
import { type IdArgument, lookup } from './lookup.ts';
import type { Partnership } from './types.ts';

/** Every partnership, in record-file order. */
export const partnerships: readonly Partnership[] = data as readonly Partnership[];

const partnershipLookup = /* @__PURE__ */ lookup(partnerships, 'partnership');

/** The partnership with this id, or undefined. */
export const findPartnership: (id: string) => Partnership | undefined = partnershipLookup.find;

/**
 * The partnership with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `PartnershipId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getPartnership: <Id extends string>(id: IdArgument<Id, PartnershipId>) => Partnership =
  partnershipLookup.get;
