import data from './data/errata.json' with { type: 'json' };
import type { Erratum } from './types.ts';

/** Every correction made in a release, across tables: old value, new value and reason. */
export const errata: readonly Erratum[] = data as readonly Erratum[];
