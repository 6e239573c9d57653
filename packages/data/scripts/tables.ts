/**
 * Prints the tables a records folder compiles to, as one JSON object on stdout (the rows the
 * package publishes), or every problem on stderr and exits non-zero. For tools that compare two
 * states of the data, such as `pnpm run changes`.
 *
 *   node scripts/tables.ts [--records DIR] [--sources DIR]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRecords } from '../src/build/compile.ts';
import { formatProblem, RecordsError } from '../src/build/problems.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: join(root, 'records') },
    sources: { type: 'string', default: join(root, 'sources') },
  },
});
try {
  const { tables } = compileRecords({
    recordsDir: resolve(args.records),
    sourcesDir: resolve(args.sources),
  });
  process.stdout.write(JSON.stringify(tables));
} catch (error) {
  if (!(error instanceof RecordsError)) throw error;
  process.stderr.write(`${error.problems.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
