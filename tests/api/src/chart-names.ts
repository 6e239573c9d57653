/**
 * The names in the charts registry: a page looks a chart up by name (`charts.production`), so a
 * name is as much a part of the API as an export.
 */
export function chartNames(moduleExports: Record<string, unknown>): Record<string, string[]> {
  const { charts } = moduleExports;
  // Without a registry there is no name to track; the removed `charts` export is reported as such.
  if (!charts || typeof charts !== 'object') return {};
  return { charts: Object.keys(charts).sort() };
}

/** Imports the built charts package (through the workspace link) and lists its chart names. */
export async function readBuiltChartNames(): Promise<Record<string, string[]>> {
  return chartNames((await import('@ua-drones/charts')) as Record<string, unknown>);
}
