export { airDefense } from './charts/air-defense.js';
export { demand } from './charts/demand.js';
export { europe } from './charts/europe.js';
export { matrix } from './charts/matrix.js';
export { production } from './charts/production.js';
export { reach } from './charts/reach.js';
export {
  type ChartName,
  charts,
  type DataTables,
  type RegisteredChart,
} from './charts/registry.js';
export { spread } from './charts/spread.js';
export { timeline } from './charts/timeline.js';
export type { Chart, ChartOptions } from './core/chart.js';
export type { DocumentLike, ElementLike, SvgElementLike } from './core/dom.js';
export { ChartInputError } from './core/errors.js';
export { PALETTE } from './core/palette.js';
export type { RecordKind } from './core/records.js';
export { type Cell, type Table, tableToCsv } from './core/table.js';
export type { Expects } from './core/validate.js';
