import data from './data/set-aside.json' with { type: 'json' };
import type { SetAside } from './types.ts';

/**
 * Every number of the source texts that no figure records, with the reason (one of
 * `SET_ASIDE_REASONS`) and a few words of context. With the figures, it accounts for every number
 * in the sources.
 */
export const setAside: readonly SetAside[] = data as readonly SetAside[];
