/**
 * What a bound expression can reach: the data's tables, whose records refuse a field they do not
 * have (so a misspelt field fails the build instead of counting `undefined`), and a few helpers
 * that count, look up and rank.
 */
import { BoundError } from './expression.ts';

interface Row {
  id: string;
}

/** The tables of `@ua-drones/data` a chapter can count, by the names the package exports. */
export interface BoundTables {
  figures: readonly Row[];
  events: readonly Row[];
  partnerships: readonly Row[];
  quotes: readonly Row[];
  sources: readonly Row[];
  entities: readonly Row[];
  measures: readonly Row[];
}

export interface BoundData {
  tables: BoundTables;
  /** Measures whose figures the data package lists as conflicting (`conflicts()`), one per conflict. */
  conflicts: readonly string[];
  /** The records a chart of the charts registry draws, or undefined for an unknown chart. */
  chartRecords(name: string): readonly Row[] | undefined;
}

const KIND_OF: Record<keyof BoundTables, string> = {
  figures: 'figure',
  events: 'event',
  partnerships: 'partnership',
  quotes: 'quote',
  sources: 'source',
  entities: 'entity',
  measures: 'measure',
};

/** Field names JavaScript itself probes (await, JSON, string conversion); never a typo of ours. */
const PROBED = new Set(['then', 'toJSON', 'toString', 'valueOf', 'constructor']);

function strict<T extends Row>(kind: string, record: T): T {
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && !PROBED.has(key)) {
        throw new BoundError(`${kind} "${target.id}" has no field "${key}"`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function rows(value: unknown, helper: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new BoundError(`${helper}() takes a list (a table, chart(…) or a field that is a list)`);
  }
  return value;
}

/**
 * The keys that rank in the top `n` by how many rows have them (`keysOf` gives a row's keys: its
 * members, its source), most first; a tie at the edge keeps every key in it, so a ranking the
 * data no longer separates shows up as a longer list.
 */
function leaders(list: unknown, keysOf: (row: never) => unknown, n = 1): string[] {
  const counts = new Map<string, number>();
  for (const row of rows(list, 'leaders')) {
    const keys = keysOf(row as never);
    for (const key of new Set(Array.isArray(keys) ? keys : [keys])) {
      counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const edge = ranked[n - 1]?.[1];
  return ranked.filter(([, count], i) => i < n || count === edge).map(([key]) => key);
}

/** Numbers by value, anything else (dates as ISO strings) by its text. */
const ascending = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1;

export function boundScope(data: BoundData): Record<string, unknown> {
  const tables = Object.fromEntries(
    (Object.entries(data.tables) as Array<[keyof BoundTables, readonly Row[]]>).map(
      ([name, list]) => [name, list.map((record) => strict(KIND_OF[name], record))],
    ),
  ) as Record<keyof BoundTables, Row[]>;
  const lookup = (name: keyof BoundTables) => (id: string) => {
    const found = tables[name].find((record) => record.id === id);
    if (!found) throw new BoundError(`no ${KIND_OF[name]} has id "${id}"`);
    return found;
  };
  return {
    ...tables,
    figure: lookup('figures'),
    event: lookup('events'),
    partnership: lookup('partnerships'),
    quote: lookup('quotes'),
    source: lookup('sources'),
    entity: lookup('entities'),
    measure: lookup('measures'),
    /** Measures with an open conflict between sources, one entry each. */
    conflicts: [...data.conflicts],
    /** The records a chart draws, as the charts registry selects them. */
    chart: (name: string) => {
      const records = data.chartRecords(name);
      if (!records) throw new BoundError(`no chart is named "${name}"`);
      return records.map((record) => strict('record', record));
    },
    count: (list: unknown, where?: (row: never) => unknown) =>
      where === undefined
        ? rows(list, 'count').length
        : rows(list, 'count').filter((row) => where(row as never)).length,
    /** Distinct values, in first-seen order: `distinct(figures.map(f => f.source))`. */
    distinct: (list: unknown) => [...new Set(rows(list, 'distinct'))],
    leaders,
    min: (list: unknown) => [...rows(list, 'min')].sort(ascending)[0],
    max: (list: unknown) => [...rows(list, 'max')].sort(ascending).at(-1),
  };
}
