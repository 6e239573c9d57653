import { figures as allFigures } from './figures.ts';
import type { Figure } from './types.ts';

/** Figures of one measure, for overlapping periods, whose values cannot all be true together. */
export interface Conflict {
  measure: string;
  baseUnit: string;
  /** Sorted by period start (undated last), then value. */
  figures: Figure[];
}

/** How far "about" / "almost" may stretch a value when deciding whether two figures disagree. */
const APPROXIMATION = 0.1;

/** The values a figure allows, in its base unit: "more than 1,000 km" allows [1000, ∞). */
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

/** An unknown period (null) may be any period, so it overlaps every other. */
function overlaps(a: Figure, b: Figure): boolean {
  if (a.periodStart === null || b.periodStart === null) return true;
  const aEnd = a.periodEnd ?? '9999-12-31';
  const bEnd = b.periodEnd ?? '9999-12-31';
  return a.periodStart <= bEnd && b.periodStart <= aEnd;
}

function disagree(a: Figure, b: Figure): boolean {
  const [aLow, aHigh] = range(a);
  const [bLow, bHigh] = range(b);
  return aHigh < bLow || bHigh < aLow;
}

// Undated figures sort last: '~' is above every digit in code-unit order.
const periodKey = (figure: Figure) => figure.periodStart ?? '~';
const byPeriodThenValue = (a: Figure, b: Figure) =>
  periodKey(a) < periodKey(b)
    ? -1
    : periodKey(a) > periodKey(b)
      ? 1
      : a.valueInBaseUnit - b.valueInBaseUnit;

/**
 * Groups of figures that measure the same thing over overlapping periods and disagree, e.g.
 * 4.5 million drones made in 2025 against "four million drones a year". Two figures disagree
 * when no value satisfies both, their qualifiers considered ("about" stretches 10%); figures
 * linked by disagreements form one group.
 */
export function conflicts(figures: readonly Figure[] = allFigures): Conflict[] {
  const parent = new Map<Figure, Figure>();
  const root = (figure: Figure): Figure => {
    const up = parent.get(figure) ?? figure;
    if (up === figure) return figure;
    const top = root(up);
    parent.set(figure, top);
    return top;
  };
  // Only figures of one measure can disagree, so only those are compared: comparing every pair
  // took 900 ms per call at 10,000 figures.
  // (Map.groupBy would do, but it is ES2024 and this runs in older browsers too.)
  const byMeasure = new Map<string, Figure[]>();
  for (const figure of figures) {
    const same = byMeasure.get(figure.measure);
    if (same) same.push(figure);
    else byMeasure.set(figure.measure, [figure]);
  }
  const linked = new Set<Figure>();
  // Pairs are visited in input order, as comparing all pairs did, so groups keep their order.
  const seen = new Map<string, number>();
  for (const a of figures) {
    const same = byMeasure.get(a.measure) as Figure[];
    const index = seen.get(a.measure) ?? 0;
    seen.set(a.measure, index + 1);
    for (const b of same.slice(index + 1)) {
      if (!overlaps(a, b) || !disagree(a, b)) continue;
      linked.add(a).add(b);
      if (root(a) !== root(b)) parent.set(root(a), root(b));
    }
  }
  const groups = new Map<Figure, Figure[]>();
  for (const figure of linked) {
    const group = groups.get(root(figure));
    if (group) group.push(figure);
    else groups.set(root(figure), [figure]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort(byPeriodThenValue);
    const first = sorted[0] as Figure;
    return { measure: first.measure, baseUnit: first.baseUnit, figures: sorted };
  });
}
