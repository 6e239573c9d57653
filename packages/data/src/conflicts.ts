import { DataInputError, show } from './errors.ts';
import { figures as allFigures } from './figures.ts';
import { formatFigure, formatPeriod } from './format.ts';
import type { Figure } from './types.ts';
import { UNITS } from './units.ts';

/** Two figures of one measure, over overlapping time, whose values cannot both be true. */
export interface Disagreement {
  figures: [Figure, Figure];
  /** One line a reader can check against both passages. */
  reason: string;
}

/** Figures of one measure linked by disagreements, with the reason for each. */
export interface Conflict {
  measure: string;
  /** The measure's unit, in which the values were compared. */
  baseUnit: string;
  /** Sorted by the start of the time they hold for, then by value. */
  figures: Figure[];
  disagreements: Disagreement[];
}

/** How far "about" / "almost" may stretch a value when deciding whether two figures disagree. */
const APPROXIMATION = 0.1;

/** The values a figure allows, in its measure's unit: "more than 1,000 km" allows [1000, ∞). */
function range(figure: Figure): [number, number] {
  const value = figure.valueInBaseUnit;
  const low = value * (1 - APPROXIMATION);
  switch (figure.qualifier) {
    case 'exact':
      return [value, value];
    case 'approximately':
      return [low, value * (1 + APPROXIMATION)];
    case 'at-least':
    case 'more-than':
      return [value, Number.POSITIVE_INFINITY];
    case 'less-than':
      return [Number.NEGATIVE_INFINITY, value];
    case 'almost':
      return [low, value];
    case 'up-to':
      return [0, value];
  }
}

const DAY = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

type Time = { start: string; end: string };

/** Days a rate's time unit spans, to look back from its `asOf` ("a year" before 2026). */
const RATE_DAYS = { year: 365, month: 30, day: 1, night: 1 } as const;

/**
 * The days a figure holds for: its period when the text gives one; otherwise, for a claim stated
 * as of a date, that date (a present-tense rate "a year" also covers the year before it);
 * otherwise null, and the figure is left out of comparisons.
 */
export function timeOf(figure: Figure): Time | null {
  if (figure.periodStart !== null)
    return { start: figure.periodStart, end: figure.periodEnd ?? '9999-12-31' };
  if (figure.asOfStart === null) return null;
  const per = UNITS[figure.unit].per;
  const start = per === null ? figure.asOfStart : shift(figure.asOfStart, -RATE_DAYS[per]);
  return { start, end: figure.asOfEnd ?? '9999-12-31' };
}

function disagreement(a: Figure, aTime: Time, b: Figure, bTime: Time): Disagreement | null {
  if (aTime.start > bTime.end || bTime.start > aTime.end) return null;
  const [aLow, aHigh] = range(a);
  const [bLow, bHigh] = range(b);
  if (aHigh >= bLow && bHigh >= aLow) return null;
  const [first, second] = byDateThenValue(a, b) <= 0 ? [a, b] : [b, a];
  const when = (figure: Figure) =>
    figure.period !== null
      ? `in ${formatPeriod(figure.period)}`
      : UNITS[figure.unit].per
        ? `stated as of ${formatPeriod(figure.asOf)}, read as covering the ${UNITS[figure.unit].per} before`
        : `stated as of ${formatPeriod(figure.asOf)}`;
  return {
    figures: [a, b],
    reason: `${formatFigure(first)} ${when(first)}, against ${formatFigure(second)} ${when(second)}: they cover the same time and cannot both be right.`,
  };
}

/** The figures a helper was given, or a `DataInputError` saying what it takes instead. */
function checkFigures(helper: string, figures: unknown): readonly Figure[] {
  if (!Array.isArray(figures))
    throw new DataInputError(
      helper,
      figures,
      `expects an array of figures (rows of the figures table), got ${show(figures)}`,
    );
  const index = figures.findIndex(
    (figure) =>
      typeof figure !== 'object' ||
      figure === null ||
      typeof figure.measure !== 'string' ||
      typeof figure.valueInBaseUnit !== 'number',
  );
  if (index !== -1)
    throw new DataInputError(
      helper,
      figures,
      `item ${index}, ${show(figures[index])}, is not a figure: expects rows of the figures table (with measure and valueInBaseUnit)`,
    );
  return figures;
}

/** Figures left out of comparisons: neither a period nor an `asOf` places them in time. */
export function undatedFigures(figures: readonly Figure[] = allFigures): Figure[] {
  return checkFigures('undatedFigures', figures).filter((figure) => timeOf(figure) === null);
}

// A figure's own date (its period, else its asOf) orders it, not the year a rate looks back over.
const dateOf = (figure: Figure) => figure.periodStart ?? figure.asOfStart ?? '';
const byDateThenValue = (a: Figure, b: Figure) =>
  dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : a.valueInBaseUnit - b.valueInBaseUnit;

/**
 * Groups of figures that measure the same thing over overlapping time and disagree, e.g.
 * 4.5 million drones made in 2025 against "four million drones a year" stated in 2026. Two figures
 * disagree when no value satisfies both, their qualifiers considered ("about" stretches 10%).
 * A figure that neither a period nor an `asOf` places in time is never compared (see
 * `undatedFigures`). Figures linked by disagreements form one group; each disagreement carries
 * a one-line reason.
 */
export function conflicts(figures: readonly Figure[] = allFigures): Conflict[] {
  // Only figures of one measure can disagree, so only those are compared: comparing every pair
  // took 900 ms per call at 10,000 figures.
  // (Map.groupBy would do, but it is ES2024 and this runs in older browsers too.)
  const byMeasure = new Map<string, Figure[]>();
  const times = new Map<Figure, Time>();
  for (const figure of checkFigures('conflicts', figures)) {
    const time = timeOf(figure);
    if (time === null) continue;
    times.set(figure, time);
    const same = byMeasure.get(figure.measure);
    if (same) same.push(figure);
    else byMeasure.set(figure.measure, [figure]);
  }
  const result: Conflict[] = [];
  for (const [measure, same] of byMeasure) {
    const parent = new Map<Figure, Figure>();
    const root = (figure: Figure): Figure => {
      const up = parent.get(figure) ?? figure;
      if (up === figure) return figure;
      const top = root(up);
      parent.set(figure, top);
      return top;
    };
    const found: Disagreement[] = [];
    for (const [index, a] of same.entries()) {
      for (let other = index + 1; other < same.length; other++) {
        const b = same[other] as Figure;
        const pair = disagreement(a, times.get(a) as Time, b, times.get(b) as Time);
        if (pair === null) continue;
        found.push(pair);
        if (root(a) !== root(b)) parent.set(root(a), root(b));
      }
    }
    const groups = new Map<Figure, Disagreement[]>();
    for (const pair of found) {
      const key = root(pair.figures[0]);
      groups.set(key, [...(groups.get(key) ?? []), pair]);
    }
    for (const disagreements of groups.values()) {
      const members = [...new Set(disagreements.flatMap((pair) => pair.figures))];
      result.push({
        measure,
        baseUnit: (members[0] as Figure).baseUnit,
        figures: members.sort(byDateThenValue),
        disagreements,
      });
    }
  }
  return result;
}
