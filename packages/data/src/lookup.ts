import { DataInputError, show } from './errors.ts';

/**
 * The id a `get` helper accepts: a literal must be a known id, so `getFigure('typo')` fails to
 * compile; a `string` computed at run time is accepted and checked when the call runs.
 */
export type IdArgument<Id extends string, Known extends string> = string extends Id
  ? Id
  : Id extends Known
    ? Id
    : Known;

/**
 * Builds find/get helpers over one table; `get` throws naming the unknown id so a site build fails.
 * `kind` names the helpers (`findSourceCredit`); `noun` is what a reader calls the row in a message,
 * when a slim table holds rows of another kind ("the id of a source").
 */
export function lookup<Row extends { id: string }>(
  rows: readonly Row[],
  kind: string,
  noun: string = kind,
) {
  let index: Map<string, Row> | undefined;
  const Kind = `${kind[0]?.toUpperCase()}${kind.slice(1)}`;
  const check = (helper: string, id: unknown): id is string => {
    if (typeof id !== 'string')
      throw new DataInputError(
        helper,
        id,
        `expects the id of a ${noun} (a string), got ${show(id)}`,
      );
    return true;
  };
  const find = (id: string): Row | undefined => {
    check(`find${Kind}`, id);
    index ??= new Map(rows.map((row) => [row.id, row]));
    return index.get(id);
  };
  const get = (id: string): Row => {
    check(`get${Kind}`, id);
    index ??= new Map(rows.map((row) => [row.id, row]));
    const row = index.get(id);
    if (row === undefined)
      throw new DataInputError(
        `get${Kind}`,
        id,
        `unknown ${noun} id "${id}"; expects one of the ${rows.length} ids of the ${kind} table (find${Kind} returns undefined instead of throwing)`,
      );
    return row;
  };
  return { find, get };
}
