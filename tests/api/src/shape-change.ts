/**
 * A change to the shape of something consumers use: a field of a table or a type, an option, a
 * parameter. The rule is the same for the JSON Schemas of the tables and for the TypeScript
 * declarations: whatever was valid before must stay valid.
 *
 * - major: something is removed, narrowed (accepts fewer values), made required, or a required
 *   field, option or parameter is added: a row, an object or a call that was valid no longer is;
 * - minor: something optional is added, or a type is widened (accepts more values).
 *
 * What a function returns and what a constant holds are read, not written, so there the rule turns
 * around: removing or widening breaks the code that reads it (major), adding or narrowing does not
 * (minor).
 */
export interface ShapeChange {
  /** e.g. `figures[].period`, `formatFigure(options)`, `Chart.render()` */
  where: string;
  /** What happened, in words: "removed", "narrowed from string | null to string", … */
  change: string;
  bump: 'major' | 'minor';
}

/** Whether a position is written by consumers (rows, options, arguments) or only read by them. */
export type Position = 'written' | 'read';

export type Comparison = 'same' | 'widened' | 'narrowed' | 'changed';

/** The bump a change of one field or value needs where it is. */
export function bumpFor(comparison: Exclude<Comparison, 'same'>, position: Position) {
  if (comparison === 'changed') return 'major';
  const breaking = position === 'written' ? 'narrowed' : 'widened';
  return comparison === breaking ? 'major' : 'minor';
}

export function describeChange(
  comparison: Exclude<Comparison, 'same'>,
  before: string,
  after: string,
): string {
  return `${comparison} from ${before} to ${after}`;
}
