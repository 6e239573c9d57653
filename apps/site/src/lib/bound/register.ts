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
import { boundUses, checkBound } from './check.ts';
import { scopeOf } from './data-scope.ts';

function problemOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Pages already checked: the report and the sample share this module, each says so once. */
const reported = new Set<string>();

export function boundComponents(chapters: readonly Chapter[]) {
  const sources = chapters.map(({ file }) => ({
    file,
    source: readFileSync(resolve(process.cwd(), file), 'utf8'),
  }));
  const bound = problemOf(() =>
    checkBound(sources, (use) => scopeOf(use.name === 'Chart' ? use.attributes.name : undefined)),
  );
  if (bound === null) {
    const key = chapters.map(({ file }) => file).join();
    const uses = boundUses(sources);
    if (uses.length > 0 && !reported.has(key)) {
      reported.add(key);
      const counts = uses.filter(({ use }) => use.name === 'Count').length;
      console.info(
        `bound prose: ${counts} counts and ${uses.length - counts} assertions hold against the data`,
      );
    }
    return { Count, Claim };
  }
  const references = problemOf(() => notesOf(chapters));
  throw new Error(references === null ? bound : `${references}\n${bound}`);
}
