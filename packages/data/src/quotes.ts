import data from './data/quotes.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Quote } from './types.ts';

/** Every quote, in record-file order. */
export const quotes: readonly Quote[] = data as readonly Quote[];

const quoteLookup = /* @__PURE__ */ lookup(quotes, 'quote');

/** The quote with this id, or undefined. */
export const findQuote: (id: string) => Quote | undefined = quoteLookup.find;

/** The quote with this id; throws an Error naming the id when there is none. */
export const getQuote: (id: string) => Quote = quoteLookup.get;
