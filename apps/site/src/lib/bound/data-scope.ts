/** The scope bound expressions evaluate in, over the data this build renders from. */
import { charts, type RegisteredChart } from '@ua-drones/charts';
import {
  conflicts,
  entities,
  events,
  figures,
  measures,
  partnerships,
  quotes,
  sources,
} from '../data.ts';
import { type BoundData, boundScope } from './scope.ts';

export const boundData: BoundData = {
  tables: { figures, events, partnerships, quotes, sources, entities, measures },
  conflicts: conflicts().map((conflict) => conflict.measure),
  chartRecords: (name) =>
    Object.hasOwn(charts, name)
      ? (charts as Record<string, RegisteredChart>)[name]?.select({ figures, events, partnerships })
      : undefined,
};

const scope = boundScope(boundData);

/** The scope of a bound expression; inside `<Chart assert>`, `records` are the chart's records. */
export function scopeOf(chart?: string): Record<string, unknown> {
  return chart === undefined
    ? scope
    : { ...scope, records: (scope.chart as (n: string) => unknown)(chart) };
}
