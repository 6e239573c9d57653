import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Compiled, compileRecords } from '../src/build/compile.ts';
import { type Problem, RecordsError } from '../src/build/problems.ts';

export const packageDir = join(import.meta.dirname, '..');
export const fixtures = join(import.meta.dirname, 'fixtures');
export const sourcesDir = join(packageDir, 'sources');

/**
 * A fresh copy of the valid fixture, with the files of a malformed case laid over it. The fixture
 * brings its own source texts (`sources/`, extracts of the real ones), so that every number in
 * them is accounted for by the fixture's few records.
 */
export function fixtureCopy(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ua-drones-data-'));
  cpSync(join(fixtures, 'valid'), dir, { recursive: true });
  if (overlay) cpSync(join(fixtures, 'malformed', overlay), dir, { recursive: true });
  return dir;
}

export function compileFixture(dir: string): Compiled {
  return compileRecords({
    recordsDir: join(dir, 'records'),
    sourcesDir: join(dir, 'sources'),
    displayRoot: dir,
  });
}

/** The problems a fixture fails with (none when it compiles). */
export function problemsOf(dir: string): readonly Problem[] {
  try {
    compileFixture(dir);
    return [];
  } catch (error) {
    if (error instanceof RecordsError) return error.problems;
    throw error;
  }
}
