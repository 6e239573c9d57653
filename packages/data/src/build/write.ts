import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compiled } from './compile.ts';
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { fileName, ROWS, type TableName } from './rows.ts';
import { tableSchema } from './table-schemas.ts';

/** Writes through a temporary file, so a reader running in parallel never sees half a file. */
function writeAtomic(path: string, content: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

const tableNames = Object.keys(ROWS) as TableName[];

/** The JSON tables the runtime modules import, plus the release version. */
export function writeJsonTables(compiled: Compiled, dir: string, version: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of tableNames)
    writeAtomic(join(dir, `${fileName(name)}.json`), JSON.stringify(compiled.tables[name]));
  writeAtomic(join(dir, 'meta.json'), JSON.stringify({ version }));
}

/** Everything a data user reads without JavaScript: CSV per table, datapackage.json, CSL-JSON. */
export function writeDataFiles(
  compiled: Compiled,
  dir: string,
  meta: { version: string; description: string },
) {
  writeJsonTables(compiled, dir, meta.version);
  const csv = Object.fromEntries(
    tableNames.map((name) => [name, toCsv(name, compiled.tables[name])]),
  ) as Record<TableName, string>;
  for (const name of tableNames) writeAtomic(join(dir, `${fileName(name)}.csv`), csv[name]);
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
