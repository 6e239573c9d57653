import type { Chart } from '../core/chart.js';
import { ChartInputError } from '../core/errors.js';
import type { ChartRecord, EventRecord, FigureRecord, PartnershipRecord } from '../core/records.js';
import { airDefense } from './air-defense.js';
import { demand, latestOutput } from './demand.js';
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

const TABLES = ['figures', 'events', 'partnerships'] as const;

/** The tables `select` reads, or a ChartInputError naming the first one missing. */
function checkTables(chart: string, data: unknown): DataTables {
  const got =
    typeof data === 'object' && data !== null
      ? `an object with ${Object.keys(data).join(', ') || 'no keys'}`
      : String(data);
  for (const table of TABLES) {
    const rows = typeof data === 'object' && data !== null ? Reflect.get(data, table) : undefined;
    if (!Array.isArray(rows)) {
      throw new ChartInputError(
        chart,
        null,
        `select: expects the tables of @ua-drones/data ({ figures, events, partnerships }, e.g. \`import * as data from '@ua-drones/data'\`), got ${got}: "${table}" is not an array`,
      );
    }
  }
  return data as DataTables;
}

function register<R extends ChartRecord>(
  chart: Chart<R>,
  select: (data: DataTables) => R[],
): RegisteredChart {
  return {
    ...(chart as unknown as Chart<ChartRecord>),
    select: (data) => select(checkTables(chart.name, data)),
  };
}

/**
 * Every chart by name, in the order of the report, each with `select`: the records the report
 * passes. A page renders them uniformly: `chart.render(chart.select(data), { document })`.
 */
export const charts = {
  production: register(production, byMeasures(production)),
  // An incident reported again by another source (sameAs) is drawn once, as first reported.
  timeline: register(timeline, (data) =>
    data.events.filter(
      (e) => e.sameAs === null && (e.date === null || (e.date >= '2023' && e.date < '2028')),
    ),
  ),
  reach: register(reach, byMeasures(reach)),
  'air-defense': register(airDefense, byMeasures(airDefense)),
  // Ukraine's current output only: its growth by year is the production chart's question.
  demand: register(demand, (data) => latestOutput(byMeasures(demand)(data))),
  europe: register(europe, cooperation),
  matrix: register(matrix, cooperation),
  spread: register(spread, (data) =>
    [...data.figures, ...data.events, ...data.partnerships].filter((r) =>
      r.topics.includes('proliferation'),
    ),
  ),
} as const satisfies Record<string, RegisteredChart>;

export type ChartName = keyof typeof charts;
