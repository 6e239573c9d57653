import {
  type Conflict,
  type Disagreement,
  type DisagreementKind,
  findConflicts,
  findUndated,
} from './disagreements.ts';
import { figures as allFigures } from './figures.ts';
import { measures as allMeasures } from './measures.ts';
import type { Figure, Measure } from './types.ts';

export type { Conflict, Disagreement, DisagreementKind };

/**
 * Disagreements between figures, e.g. 4.5 million drones made in 2025 against "four million
 * drones a year" stated in 2026. Within a measure, two figures disagree when they hold for
 * overlapping time and no value satisfies both, their qualifiers considered ("about" stretches
 * 10%): a `contradiction` when the texts state both dates, a `tension` when a date is inferred.
 * Across measures declared comparable (`comparableWith`), every pair of their figures is listed
 * as `different-measures`, with the declared reason. Figures linked by disagreements form
 * one group. The same disagreements are shipped as the conflicts table.
 */
export function conflicts(
  figures: readonly Figure[] = allFigures,
  measures: readonly Pick<Measure, 'id' | 'label' | 'comparableWith'>[] = allMeasures,
): Conflict[] {
  return findConflicts(figures, measures);
}

/** Figures left out of comparisons within a measure: neither a period nor an `asOf` places them in time. */
export function undatedFigures(figures: readonly Figure[] = allFigures): Figure[] {
  return findUndated(figures);
}
