import type { Problem } from './problems.ts';
import { type Located, recordProblem } from './record-problem.ts';

/** The leading parts of a date both ends of an interval share: `2025-09-28/2025-10-01` shares `2025`. */
function sharedDate(interval: string): string | null {
  const [start = [], end = []] = interval.split('/').map((date) => date.split('-'));
  const differs = start.findIndex((part, index) => part !== end[index]);
  const shared = differs === -1 ? start : start.slice(0, differs);
  return shared.length > 0 ? shared.join('-') : null;
}

/**
 * A record's `dateInterval` must narrow its `date`, not contradict it: `date` is what the two ends
 * share, so a reader of `date` alone is told no more than the evidence holds.
 */
export function dateIntervalProblems(
  dated: readonly Located<{ date: string | null; dateInterval?: string | undefined }>[],
): Problem[] {
  return dated.flatMap(({ record, value }) => {
    if (value.dateInterval === undefined) return [];
    const shared = sharedDate(value.dateInterval);
    if (shared === null)
      return [
        recordProblem(
          record,
          'dateInterval',
          `"${value.dateInterval}" spans two years, so no date is shared by both ends: leave dateInterval out and give the interval in dateReason`,
        ),
      ];
    if (value.date === shared) return [];
    return [
      recordProblem(
        record,
        'date',
        `must be "${shared}", the part both ends of dateInterval "${value.dateInterval}" share (got ${JSON.stringify(value.date)})`,
      ),
    ];
  });
}
