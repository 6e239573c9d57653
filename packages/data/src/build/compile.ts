import { join, relative } from 'node:path';
import { findConflicts } from '../disagreements.ts';
import type { MeasureRecord } from '../schema/figure.ts';
import type { Figure, Measure } from '../types.ts';
import { type CslItem, renderCitations, toCsl } from './cite.ts';
import { checkCoverage } from './coverage.ts';
import {
  deriveEntity,
  deriveEvent,
  deriveFigure,
  deriveMeasure,
  derivePartnership,
  deriveQuote,
  deriveSourceDates,
} from './derive.ts';
import { rootsOf } from './identity.ts';
import { loadRecords } from './load.ts';
import { RecordsError } from './problems.ts';
import { ROWS, type TableName, type Tables } from './rows.ts';
import { validateRecords } from './validate.ts';

export interface CompileOptions {
  /** Folder of record files (`records/`). */
  recordsDir: string;
  /** Folder of source texts; defaults to `sources/` beside the records folder. */
  sourcesDir?: string;
  /** Paths in messages are relative to it; defaults to the records folder's parent. */
  displayRoot?: string;
}

export interface Compiled {
  tables: Tables;
  csl: CslItem[];
}

/**
 * Loads, validates and derives every table. Throws a RecordsError listing every problem when
 * any record is invalid: a build never publishes a partial data set.
 */
export function compileRecords(options: CompileOptions): Compiled {
  const root = join(options.recordsDir, '..');
  const displayRoot = options.displayRoot ?? root;
  const display = (path: string) => relative(displayRoot, path).split('\\').join('/');
  const sourcesDir = options.sourcesDir ?? join(root, 'sources');
  const loaded = loadRecords(options.recordsDir, displayRoot);
  const { records, problems } = validateRecords(loaded.records, sourcesDir);
  const all = [...loaded.problems, ...problems];
  // Coverage is checked on valid records only: an invalid figure covers nothing, so its number
  // would be reported a second time.
  if (all.length === 0)
    all.push(
      ...checkCoverage({
        ...records,
        sourcePath: (source) => display(join(sourcesDir, source.file)),
        setAsideDir: display(join(options.recordsDir, 'set-aside')),
      }),
    );
  if (all.length > 0) throw new RecordsError(all);

  const csl = records.sources.map(toCsl);
  const measures = new Map(records.measures.map((measure) => [measure.id, measure]));
  const cited = (name: 'figures' | 'events' | 'partnerships' | 'quotes') =>
    records[name].flatMap((record) =>
      (record.errata ?? []).map((erratum) => ({ ...erratum, table: name, recordId: record.id })),
    );
  const entityRows = new Map(records.entities.map((entity) => [entity.id, deriveEntity(entity)]));
  const incidentRoots = rootsOf(records.events);
  const dealRoots = rootsOf(records.partnerships);
  const tables: Tables = {
    figures: records.figures.map((figure) =>
      deriveFigure(figure, measures.get(figure.measure) as MeasureRecord),
    ),
    measures: records.measures.map((measure) => deriveMeasure(measure, records.figures)),
    events: records.events.map((event) => deriveEvent(event, incidentRoots, entityRows)),
    partnerships: records.partnerships.map((partnership) =>
      derivePartnership(partnership, dealRoots, entityRows),
    ),
    quotes: records.quotes.map(deriveQuote),
    entities: [...entityRows.values()],
    sources: records.sources.map((source, index) => ({
      ...source,
      ...deriveSourceDates(source),
      ...renderCitations(csl[index] as CslItem),
    })),
    errata: [...cited('figures'), ...cited('events'), ...cited('partnerships'), ...cited('quotes')],
    setAside: records.setAside.map(({ value }) => value),
    conflicts: [],
  };
  // Computed by the same code as the API's conflicts(), so the table and the API never differ.
  tables.conflicts = findConflicts(
    tables.figures as unknown as Figure[],
    tables.measures as unknown as Measure[],
  ).flatMap(({ disagreements }) =>
    disagreements.map(({ kind, figures: [a, b], reason }) => ({
      id: `${a.id}--${b.id}`,
      kind,
      figureA: a.id,
      figureB: b.id,
      measureA: a.measure,
      measureB: b.measure,
      reason,
    })),
  );
  // Derived rows must match the published types; a mismatch is a bug in this code, not the data.
  for (const name of Object.keys(ROWS) as TableName[]) {
    for (const row of tables[name]) {
      const result = ROWS[name].schema.safeParse(row);
      if (!result.success)
        throw new Error(
          `derived ${name} row "${(row as { id?: string }).id}" breaks its schema: ${result.error.message}`,
        );
    }
  }
  return { tables, csl };
}
