import type { QuoteId } from './data/ids.ts';
import data from './data/quotes.json' with { type: 'json' };
import { type IdArgument, lookup } from './lookup.ts';
import type { Quote } from './types.ts';

/** Every quote, in record-file order. */
export const quotes: readonly Quote[] = data as readonly Quote[];

const quoteLookup = /* @__PURE__ */ lookup(quotes, 'quote');

/** The quote with this id, or undefined. */
export const findQuote: (id: string) => Quote | undefined = quoteLookup.find;

/**
 * The quote with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `QuoteId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getQuote: <Id extends string>(id: IdArgument<Id, QuoteId>) => Quote = quoteLookup.get;
