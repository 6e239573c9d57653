/**
 * What the helpers throw on input they cannot use, instead of returning "NaN drones" or
 * `undefined`. The message names the helper, what was passed and what it accepts; `helper` and
 * `received` hold the first two. It is a `TypeError`, so code catching those keeps working.
 */
export class DataInputError extends TypeError {
  declare readonly helper: string;
  declare readonly received: unknown;

  constructor(helper: string, received: unknown, problem: string) {
    super(`@ua-drones/data: ${helper}: ${problem}`);
    this.name = 'DataInputError';
    this.helper = helper;
    this.received = received;
  }
}

/** A value as an error message shows it: a string quoted, a record by its id. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'id' in value
    ? `the record ${show(value.id)}`
    : `an object with ${Object.keys(value).join(', ') || 'no keys'}`;
}

/** `value` if it is a key of `table` (a unit, a qualifier); else an error listing the keys. */
export function keyOf<Table extends object>(
  helper: string,
  what: string,
  value: unknown,
  table: Table,
): keyof Table & string {
  if (typeof value === 'string' && Object.hasOwn(table, value))
    return value as keyof Table & string;
  const keys = Object.keys(table).map(show).join(', ');
  throw new DataInputError(helper, value, `${what} ${show(value)} is not one of ${keys}`);
}

/** `value` if it is a finite number; else an error saying what it is. */
export function finite(helper: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new DataInputError(helper, value, `value ${show(value)} is not a finite number`);
}
