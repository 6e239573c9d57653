/**
 * The bound components, registered for a page's chapters. Registering them checks every bound
 * use in those chapters against the data (check.ts) and every reference (notes.ts) before
 * anything renders, and fails once with the problems of both, so one build names them all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Claim from '../../components/Claim.astro';
import Count from '../../components/Count.astro';
import { type Chapter, notesOf } from '../chapters.ts';
import { checkBound } from './check.ts';
import { scopeOf } from './data-scope.ts';

function problemOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function boundComponents(chapters: readonly Chapter[]) {
  const bound = problemOf(() =>
    checkBound(
      chapters.map(({ file }) => ({
        file,
        source: readFileSync(resolve(process.cwd(), file), 'utf8'),
      })),
      (use) => scopeOf(use.name === 'Chart' ? use.attributes.name : undefined),
    ),
  );
  if (bound === null) return { Count, Claim };
  const references = problemOf(() => notesOf(chapters));
  throw new Error(references === null ? bound : `${references}\n${bound}`);
}
