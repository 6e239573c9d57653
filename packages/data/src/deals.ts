import { DataInputError, show } from './errors.ts';
import { events as allEvents } from './events.ts';
import { partnerships as allPartnerships } from './partnerships.ts';
import type { EventRecord, Partnership } from './types.ts';

/** One deal as the world has it: every partnership record that tells it, counted once. */
export interface Deal {
  /** Id of the deal: the id of its first telling (the `deal` of every record in it). */
  id: string;
  /** The records that tell it: the first telling, then repeats (`sameAs`) and steps (`partOf`). */
  records: Partnership[];
  /** Ids of every member of any of its records, each once. */
  members: string[];
  /** Ids of the members' countries (a state itself, a company its country), each once. */
  countries: string[];
  /** Ids of other deals that may be this one: the texts do not settle it (see `linkReason`). */
  possiblySameAs: string[];
}

/** One incident as the world has it: every event record that tells it, counted once. */
export interface Incident {
  /** Id of the incident: the id of its first telling (the `incident` of every record in it). */
  id: string;
  /** The records that tell it: the first telling, then repeats (`sameAs`) and steps (`partOf`). */
  records: EventRecord[];
  /** Ids of the actors of any of its records, each once. */
  actors: string[];
  /** Ids of the actors' countries (a state itself, a company its country), each once. */
  countries: string[];
  /** Ids of other incidents that may be this one: the texts do not settle it. */
  possiblySameAs: string[];
}

export interface CountOptions {
  /**
   * `'separate'` (the default) counts records the texts only say may be the same
   * (`possiblySameAs`) as separate deals or incidents; `'merge'` counts them as one, for the
   * lower bound of a count.
   */
  possible?: 'separate' | 'merge';
}

type Linked = { id: string; possiblySameAs: string | null };

/** Groups rows by their root (`deal` or `incident`), merging possible matches when asked. */
function group<Row extends Linked>(
  helper: string,
  rows: readonly Row[],
  rootOf: (row: Row) => string,
  options: CountOptions,
): { id: string; records: Row[]; possiblySameAs: string[] }[] {
  if (!Array.isArray(rows))
    throw new DataInputError(helper, rows, `expects an array of table rows, got ${show(rows)}`);
  const possible = options.possible ?? 'separate';
  if (possible !== 'separate' && possible !== 'merge')
    throw new DataInputError(
      helper,
      possible,
      `option possible ${show(possible)} is not one of "separate", "merge"`,
    );
  const roots = new Map(rows.map((row) => [row.id, rootOf(row)]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    return up === id ? id : find(up);
  };
  const maybe = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.possiblySameAs === null) continue;
    const [a, b] = [rootOf(row), roots.get(row.possiblySameAs) ?? row.possiblySameAs];
    if (possible === 'merge') {
      // The earlier-listed root names the merged group, so ids stay stable across calls.
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(rb, ra);
    } else {
      maybe.set(a, (maybe.get(a) ?? new Set()).add(b));
      maybe.set(b, (maybe.get(b) ?? new Set()).add(a));
    }
  }
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = find(rootOf(row));
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return [...groups].map(([id, records]) => ({
    id,
    // The first telling leads, then the others in table order.
    records: records.toSorted((a, b) => Number(b.id === id) - Number(a.id === id)),
    possiblySameAs: [...(maybe.get(id) ?? [])],
  }));
}

const unique = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/**
 * The deals the partnerships tell, each once: records that tell the same deal (`sameAs`) or a
 * step of it (`partOf`) are one deal. Count deals, not partnership records, e.g. in a chart of
 * which countries take part in how many arrangements with Ukraine.
 */
export function deals(
  partnerships: readonly Partnership[] = allPartnerships,
  options: CountOptions = {},
): Deal[] {
  return group('deals', partnerships, (row) => row.deal, options).map(
    ({ id, records, possiblySameAs }) => ({
      id,
      records,
      members: unique(records.map((record) => record.members)),
      countries: unique(records.map((record) => record.countries ?? [])),
      possiblySameAs,
    }),
  );
}

/** The incidents the events tell, each once (see `deals`): count incidents, not event records. */
export function incidents(
  events: readonly EventRecord[] = allEvents,
  options: CountOptions = {},
): Incident[] {
  return group('incidents', events, (row) => row.incident, options).map(
    ({ id, records, possiblySameAs }) => ({
      id,
      records,
      actors: unique(records.map((record) => record.actors)),
      countries: unique(records.map((record) => record.countries ?? [])),
      possiblySameAs,
    }),
  );
}
