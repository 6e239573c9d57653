import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compiled } from './compile.ts';
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { fileName, ROWS, type TableName } from './rows.ts';
import { slimTableModules } from './slim-tables.ts';
import { tableSchema } from './table-schemas.ts';

/** Writes through a temporary file, so a reader running in parallel never sees half a file. */
function writeAtomic(path: string, content: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

const tableNames = Object.keys(ROWS) as TableName[];

function writeTables(compiled: Compiled, dir: string, version: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of tableNames)
    writeAtomic(join(dir, `${fileName(name)}.json`), JSON.stringify(compiled.tables[name]));
  writeAtomic(join(dir, 'meta.json'), JSON.stringify({ version }));
}

/** The tables whose rows have ids, with the name of the id type the lookups take. */
const ID_TYPES = {
  figures: 'FigureId',
  measures: 'MeasureId',
  events: 'EventId',
  partnerships: 'PartnershipId',
  quotes: 'QuoteId',
  entities: 'EntityId',
  sources: 'SourceId',
} as const satisfies Partial<Record<TableName, string>>;

/**
 * The ids of each table as a union of literals, so a typo in `getFigure('…')` fails to compile.
 * Generated from the records on every build, like the JSON tables beside it.
 */
function idTypes(compiled: Compiled): string {
  const blocks = Object.entries(ID_TYPES).map(([table, type]) => {
    const ids = compiled.tables[table as keyof typeof ID_TYPES].map(({ id }) => JSON.stringify(id));
    return `/** The id of a row of the ${table} table. */\nexport type ${type} =\n  | ${ids.join('\n  | ')};\n`;
  });
  return `// Generated from the records by the data build: do not edit.\n\n${blocks.join('\n')}`;
}

/**
 * The JSON tables the runtime modules import, the release version, the id types and the slim
 * tables for charts.
 */
export function writeJsonTables(compiled: Compiled, dir: string, version: string) {
  writeTables(compiled, dir, version);
  writeAtomic(join(dir, 'ids.ts'), idTypes(compiled));
  for (const [file, content] of Object.entries(slimTableModules(compiled)))
    writeAtomic(join(dir, file), content);
}

/**
 * The type of a JSON subpath (`@ua-drones/data/figures.json`), which the exports map names under
 * `types`: TypeScript would otherwise infer each field from the file (a unit as any string).
 */
function jsonDeclaration(name: TableName): string {
  const { type } = ROWS[name];
  // `export =`, as TypeScript types a JSON file: what an import with { type: 'json' } gets as its
  // default export.
  return `import type { ${type} } from '../index.js';\n\n/** Every row of the ${fileName(name)} table. */\ndeclare const rows: ${type}[];\nexport = rows;\n`;
}

/** Everything a data user reads without JavaScript: CSV per table, datapackage.json, CSL-JSON. */
export function writeDataFiles(
  compiled: Compiled,
  dir: string,
  meta: { version: string; description: string },
) {
  writeTables(compiled, dir, meta.version);
  const csv = Object.fromEntries(
    tableNames.map((name) => [name, toCsv(name, compiled.tables[name])]),
  ) as Record<TableName, string>;
  for (const name of tableNames) {
    writeAtomic(join(dir, `${fileName(name)}.csv`), csv[name]);
    writeAtomic(join(dir, `${fileName(name)}.json.d.cts`), jsonDeclaration(name));
  }
  writeAtomic(
    join(dir, 'datapackage.json'),
    `${JSON.stringify(dataPackage({ ...meta, tables: compiled.tables, csv }), null, 2)}\n`,
  );
  writeAtomic(join(dir, 'sources.csl.json'), `${JSON.stringify(compiled.csl, null, 2)}\n`);
}

/** The JSON Schema of each table file, named like the table's files (`set-aside.json`). */
export function writeTableSchemas(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of tableNames) {
    const schema = `${JSON.stringify(tableSchema(name), null, 2)}\n`;
    writeAtomic(join(dir, `${fileName(name)}.json`), schema);
  }
}
