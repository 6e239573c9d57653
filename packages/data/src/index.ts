// Each table lives in its own module, so with `sideEffects: false` a bundler keeps only the
// tables an import actually reaches.
export { AREAS, type Area, entitiesIn } from './areas.ts';
export {
  type Conflict,
  conflicts,
  type Disagreement,
  type DisagreementKind,
  undatedFigures,
} from './conflicts.ts';
export type * from './data/ids.ts';
export { type CountOptions, type Deal, deals, type Incident, incidents } from './deals.ts';
export { entities, findEntity, getEntity } from './entities.ts';
export { type EntityLabel, entityLabels, findEntityLabel } from './entity-labels.ts';
export { errata } from './errata.ts';
export { DataInputError } from './errors.ts';
export { events, findEvent, getEvent } from './events.ts';
export { figures, findFigure, getFigure } from './figures.ts';
export {
  type FormatOptions,
  figureTime,
  formatDate,
  formatDuration,
  formatFigure,
  formatFigureTime,
  formatNumber,
  formatPeriod,
  formatQualifier,
} from './format.ts';
export type { IdArgument } from './lookup.ts';
export { findMeasure, getMeasure, measures } from './measures.ts';
export { findPartnership, getPartnership, partnerships } from './partnerships.ts';
export {
  M49_REGIONS,
  type Membership,
  PLACE_CITATIONS,
  type PlaceCitation,
  STATES,
  type StateFacts,
} from './places.ts';
export { findQuote, getQuote, quotes } from './quotes.ts';
export { setAside } from './set-aside.ts';
export { SET_ASIDE_REASONS, type SetAsideReason } from './set-aside-reasons.ts';
export { findSourceCredit, type SourceCredit, sourceCredits } from './source-credits.ts';
export { type CitationStyle, citeSource, findSource, getSource, sources } from './sources.ts';
export type * from './types.ts';
export { convert, isMoney, UNITS, type Unit } from './units.ts';
export { containsVerbatim, explainMismatch, normalizeText } from './verbatim.ts';
export { dataVersion } from './version.ts';
export type * from './vocabulary.ts';
