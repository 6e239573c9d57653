import data from './data/figures.json' with { type: 'json' };
import { lookup } from './lookup.ts';
import type { Figure } from './types.ts';

/** Every figure, in record-file order. */
export const figures: readonly Figure[] = data as readonly Figure[];

const figureLookup = /* @__PURE__ */ lookup(figures, 'figure');

/** The figure with this id, or undefined. */
export const findFigure: (id: string) => Figure | undefined = figureLookup.find;

/** The figure with this id; throws an Error naming the id when there is none. */
export const getFigure: (id: string) => Figure = figureLookup.get;
