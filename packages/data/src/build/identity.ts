import type { RawRecord } from './load.ts';
import type { Problem } from './problems.ts';
import { type Located, recordProblem } from './record-problem.ts';

/** The identity links of an event or partnership record (see `identityLinks` in the schema). */
export interface Linked {
  id: string;
  sameAs?: string | null | undefined;
  partOf?: string | null | undefined;
  possiblySameAs?: string | null | undefined;
  linkReason?: string | null | undefined;
}

const LINKS = ['sameAs', 'partOf', 'possiblySameAs'] as const;

/** The record a record's strong links lead to next: what it repeats, else what it is part of. */
const next = (record: Linked) => record.sameAs ?? record.partOf ?? null;

/**
 * The record each record tells of in the end (the deal or incident it counts as): the first
 * telling that its `sameAs` and `partOf` links lead to. Assumes the links were checked.
 */
export function rootsOf(records: readonly Linked[]): Map<string, string> {
  const byId = new Map(records.map((record) => [record.id, record]));
  const roots = new Map<string, string>();
  for (const record of records) {
    let current = record;
    for (let target = next(current); target !== null; target = next(current)) {
      const found = byId.get(target);
      if (found === undefined) break;
      current = found;
    }
    roots.set(record.id, current.id);
  }
  return roots;
}

/**
 * Checks the identity links of one table's records: each points to an existing record of the
 * table, never to itself; `sameAs` and `partOf` form no cycle; a link carries its evidence in
 * `linkReason`, and a reason is never left without a link.
 */
export function linkProblems(
  located: readonly Located<Linked>[],
  kind: 'event' | 'partnership',
): Problem[] {
  const problems: Problem[] = [];
  const report = (record: RawRecord, field: string, message: string) =>
    problems.push(recordProblem(record, field, message));
  const byId = new Map(located.map((entry) => [entry.value.id, entry]));
  const thing = kind === 'event' ? 'incident' : 'deal';
  for (const { record, value } of located) {
    const present = LINKS.filter((link) => (value[link] ?? null) !== null);
    for (const link of present) {
      const target = value[link] as string;
      if (target === value.id)
        report(record, link, `points to the ${kind} itself: link to another ${kind}, or use null`);
      else if (!byId.has(target))
        report(
          record,
          link,
          `unknown ${kind} "${target}": link to the id of ${kind === 'event' ? 'an event in records/events/' : 'a partnership in records/partnerships/'}, or use null`,
        );
    }
    if (value.sameAs && value.partOf)
      report(
        record,
        'partOf',
        `a record that tells the same ${thing} again (sameAs "${value.sameAs}") takes its place from that record: put partOf there`,
      );
    if (present.length > 0 && !value.linkReason)
      report(
        record,
        'linkReason',
        `missing: say what in the texts shows the link to "${value[present[0] as (typeof LINKS)[number]]}"`,
      );
    if (present.length === 0 && value.linkReason)
      report(
        record,
        'linkReason',
        'there is no sameAs, partOf or possiblySameAs link to give a reason for: remove it',
      );
  }
  // A cycle would leave a deal or incident without a first telling to count it by.
  const reported = new Set<string>();
  for (const { record, value } of located) {
    const path = [value.id];
    let current: Linked = value;
    for (let target = next(current); target !== null; target = next(current)) {
      const found = byId.get(target);
      if (found === undefined || target === current.id) break;
      if (path.includes(target)) {
        const cycle = [...path.slice(path.indexOf(target)), target];
        if (!cycle.some((id) => reported.has(id)))
          report(
            record,
            value.sameAs ? 'sameAs' : 'partOf',
            `sameAs/partOf links form a cycle (${cycle.join(' → ')}): a ${thing} needs one first telling; point the first telling's link to null`,
          );
        for (const id of cycle) reported.add(id);
        break;
      }
      path.push(target);
      current = found.value;
    }
  }
  return problems;
}
