/**
 * Builds @ua-drones/data: validates every record, derives the tables, compiles the runtime and
 * writes JSON, CSV, datapackage.json, CSL-JSON and each table's JSON Schema into dist/, and what
 * the site needs beside them into site-files/ (never published). Every problem in the records is
 * printed, one per line, and the build exits non-zero.
 *
 *   node scripts/build.ts            validate and build
 *   node scripts/build.ts --check    validate only
 *   node scripts/build.ts --tables   validate and write src/data/ (what typecheck needs)
 *   --records DIR                    read records from DIR instead of records/
 *   --sources DIR                    read source texts from DIR instead of sources/
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRecords } from '../src/build/compile.ts';
import { RecordsError } from '../src/build/problems.ts';
import { writeSiteFiles } from '../src/build/site-files.ts';
import { writeDataFiles, writeJsonTables, writeTableSchemas } from '../src/build/write.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: join(root, 'records') },
    sources: { type: 'string', default: join(root, 'sources') },
    check: { type: 'boolean', default: false },
    tables: { type: 'boolean', default: false },
  },
});
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

let compiled: ReturnType<typeof compileRecords>;
try {
  compiled = compileRecords({
    recordsDir: resolve(args.records),
    sourcesDir: resolve(args.sources),
  });
} catch (error) {
  if (!(error instanceof RecordsError)) throw error;
  console.error(error.message);
  console.error(`\n@ua-drones/data: build failed, ${error.problems.length} problem(s) above.`);
  process.exit(1);
}

const counts = Object.entries(compiled.tables)
  .map(([name, rows]) => `${rows.length} ${name}`)
  .join(', ');
if (!args.check) {
  writeJsonTables(compiled, join(root, 'src/data'), pkg.version);
  if (!args.tables) {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
      stdio: 'inherit',
    });
    writeDataFiles(compiled, join(root, 'dist/data'), {
      version: pkg.version,
      description: pkg.description,
    });
    writeTableSchemas(join(root, 'dist/schema'));
    const undated = writeSiteFiles(compiled, {
      packageDir: root,
      sourcesDir: resolve(args.sources),
      dir: join(root, 'site-files'),
      version: pkg.version,
    });
    for (const release of undated) {
      console.warn(
        `@ua-drones/data: release ${release.version} has no date, the site will not build: ${release.dateNote}`,
      );
    }
  }
}
console.log(
  `@ua-drones/data ${pkg.version}: records valid (${counts}) in ${Math.round(performance.now() - started)} ms`,
);
