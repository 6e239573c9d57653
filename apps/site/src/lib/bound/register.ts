/**
 * The bound components, registered for a page's chapters: registering them checks every bound
 * use in those chapters against the data first (check.ts), so a false sentence fails the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Claim from '../../components/Claim.astro';
import Count from '../../components/Count.astro';
import { checkBound } from './check.ts';
import { scopeOf } from './data-scope.ts';

export function boundComponents(chapters: ReadonlyArray<{ file: string }>) {
  checkBound(
    chapters.map(({ file }) => ({
      file,
      source: readFileSync(resolve(process.cwd(), file), 'utf8'),
    })),
    (use) => scopeOf(use.name === 'Chart' ? use.attributes.name : undefined),
  );
  return { Count, Claim };
}
