import type { MeasureId } from './data/ids.ts';
import data from './data/measures.json' with { type: 'json' };
import { type IdArgument, lookup } from './lookup.ts';
import type { Measure } from './types.ts';

/** Every measure, in record-file order. */
export const measures: readonly Measure[] = data as readonly Measure[];

const measureLookup = /* @__PURE__ */ lookup(measures, 'measure');

/** The measure with this id, or undefined. */
export const findMeasure: (id: string) => Measure | undefined = measureLookup.find;

/**
 * The measure with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `MeasureId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getMeasure: <Id extends string>(id: IdArgument<Id, MeasureId>) => Measure =
  measureLookup.get;
