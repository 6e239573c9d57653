import { join } from 'node:path';
import { expect, test } from 'vitest';
import { type Compiled, compileRecords } from '../src/build/compile.ts';
import { formatProblem, RecordsError } from '../src/build/problems.ts';
import { packageDir, sourcesDir } from './helpers.ts';

// The real records, as the extractors wrote them. compileRecords checks every excerpt, value,
// quote and reference and throws on any problem (malformed.test.ts shows it catching each kind).
function compileRealRecords(): { compiled?: Compiled; problems: string[] } {
  try {
    return {
      compiled: compileRecords({ recordsDir: join(packageDir, 'records'), sourcesDir }),
      problems: [],
    };
  } catch (error) {
    if (!(error instanceof RecordsError)) throw error;
    return { problems: error.problems.map((problem) => formatProblem(problem)) };
  }
}
const { compiled, problems } = compileRealRecords();

test('the real records compile without a problem', () => {
  expect(problems).toEqual([]);
});

test('the five sources are all there', () => {
  expect(compiled?.tables.sources.map((source) => source.id).sort()).toEqual([
    'denmark-training-drone-superpower',
    'europe-absorbs-ukraine-drone-industry',
    'europe-speed-and-capital',
    'global-rush-drone-training',
    'poland-seeks-drone-expertise',
  ]);
});
