import data from './data/measures.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Measure } from './types.ts';

/** Every measure, in record-file order. */
export const measures: readonly Measure[] = data as readonly Measure[];

const measureLookup = /* @__PURE__ */ lookup(measures, 'measure');

/** The measure with this id, or undefined. */
export const findMeasure: (id: string) => Measure | undefined = measureLookup.find;

/** The measure with this id; throws an Error naming the id when there is none. */
export const getMeasure: (id: string) => Measure = measureLookup.get;
