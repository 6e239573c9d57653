import type { Chart } from '../core/chart.js';
import type { ChartRecord, EventRecord, FigureRecord, PartnershipRecord } from '../core/records.js';
import { airDefense } from './air-defense.js';
import { cost } from './cost.js';
import { demand } from './demand.js';
import { europe } from './europe.js';
import { matrix } from './matrix.js';
import { production } from './production.js';
import { reach } from './reach.js';
import { spread } from './spread.js';
import { timeline } from './timeline.js';

/** The record tables a selection draws from (the shape of `@ua-drones/data`'s exports). */
export interface DataTables {
  figures: readonly FigureRecord[];
  events: readonly EventRecord[];
  partnerships: readonly PartnershipRecord[];
}

/** A chart plus the selection of records the report draws it from. */
export interface RegisteredChart extends Chart<ChartRecord> {
  select: (data: DataTables) => ChartRecord[];
}

const byMeasures = (chart: Chart<FigureRecord>) => (data: DataTables) =>
  data.figures.filter((f) => chart.expects.measures?.includes(f.measure));

const cooperation = (data: DataTables) =>
  data.partnerships.filter((p) => p.topics.includes('cooperation'));

function register<R extends ChartRecord>(
  chart: Chart<R>,
  select: (data: DataTables) => R[],
): RegisteredChart {
  return { ...(chart as unknown as Chart<ChartRecord>), select };
}

/**
 * Every chart by name, in the order of the report, each with `select`: the records the report
 * passes. A page renders them uniformly: `chart.render(chart.select(data), { document })`.
 */
export const charts = {
  production: register(production, byMeasures(production)),
  timeline: register(timeline, (data) =>
    data.events.filter((e) => e.date !== null && e.date >= '2023' && e.date < '2028'),
  ),
  reach: register(reach, byMeasures(reach)),
  'air-defense': register(airDefense, byMeasures(airDefense)),
  cost: register(cost, byMeasures(cost)),
  demand: register(demand, byMeasures(demand)),
  europe: register(europe, cooperation),
  matrix: register(matrix, cooperation),
  spread: register(spread, (data) =>
    [...data.figures, ...data.events, ...data.partnerships].filter((r) =>
      r.topics.includes('proliferation'),
    ),
  ),
} as const satisfies Record<string, RegisteredChart>;

export type ChartName = keyof typeof charts;
