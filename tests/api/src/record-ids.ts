/**
 * The record ids of each table the data package exports. A table is an exported array of records
 * that each have a string `id`; the kind is the export name (figures, events, quotes, ...).
 */
export function recordIdsByKind(moduleExports: Record<string, unknown>): Record<string, string[]> {
  const kinds: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(moduleExports).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    if (!Array.isArray(value) || value.length === 0) continue;
    const ids = value.map((record: unknown) =>
      record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
        ? (record as { id: string }).id
        : undefined,
    );
    if (ids.every((id) => id !== undefined)) kinds[name] = (ids as string[]).sort();
  }
  return kinds;
}

/** Imports the built data package (through the workspace link) and lists its ids. */
export async function readBuiltRecordIds(): Promise<Record<string, string[]>> {
  const moduleExports = (await import('@ua-drones/data')) as Record<string, unknown>;
  return recordIdsByKind(moduleExports);
}
