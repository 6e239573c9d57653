/** Builds find/get helpers over one table; `get` throws naming the unknown id so a site build fails. */
export function lookup<Row extends { id: string }>(rows: readonly Row[], kind: string) {
  let index: Map<string, Row> | undefined;
  const find = (id: string): Row | undefined => {
    index ??= new Map(rows.map((row) => [row.id, row]));
    return index.get(id);
  };
  const get = (id: string): Row => {
    const row = find(id);
    if (row === undefined) throw new Error(`@ua-drones/data: unknown ${kind} id "${id}"`);
    return row;
  };
  return { find, get };
}
