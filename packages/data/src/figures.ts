import data from './data/figures.json' with { type: 'json' };
import type { FigureId } from './data/ids.ts';
import { type IdArgument, lookup } from './lookup.ts';
import type { Figure } from './types.ts';

/** Every figure, in record-file order. */
export const figures: readonly Figure[] = data as readonly Figure[];

const figureLookup = /* @__PURE__ */ lookup(figures, 'figure');

/** The figure with this id, or undefined. */
export const findFigure: (id: string) => Figure | undefined = figureLookup.find;

/**
 * The figure with this id; throws a `DataInputError` naming the id when there is none. A literal
 * id must be a known `FigureId` (a typo fails to compile); a computed string is checked at run time.
 */
export const getFigure: <Id extends string>(id: IdArgument<Id, FigureId>) => Figure =
  figureLookup.get;
