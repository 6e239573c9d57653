import data from './data/partnerships.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Partnership } from './types.ts';

/** Every partnership, in record-file order. */
export const partnerships: readonly Partnership[] = data as readonly Partnership[];

const partnershipLookup = /* @__PURE__ */ lookup(partnerships, 'partnership');

/** The partnership with this id, or undefined. */
export const findPartnership: (id: string) => Partnership | undefined = partnershipLookup.find;

/** The partnership with this id; throws an Error naming the id when there is none. */
export const getPartnership: (id: string) => Partnership = partnershipLookup.get;
