/**
 * Checks every bound use of a set of chapters against the data before anything renders: each
 * `<Count>` must count something, each `<Claim assert>` and `<Chart assert>` must hold. Like the
 * references check (notes.ts), it collects every problem of every chapter and fails once, each
 * with the chapter file, line, column, the sentence and what the data now says.
 */
import { type ComponentUse, parseChapter } from '../parse-chapter.ts';
import { BoundError, evaluate, failedAssertion, type Scope } from './expression.ts';
import { sentenceAt } from './sentence.ts';
import { countInWords } from './words.ts';

/** Components that bind words to the data, and the attributes each reads as expressions. */
export const BOUND_COMPONENTS = { Count: ['of', 'where'], Claim: ['assert'], Chart: ['assert'] };

export interface ChapterSource {
  /** The chapter's path, as messages name it. */
  file: string;
  source: string;
}

/** The words a `<Count>` renders: the rows of `of` that pass `where`, counted. */
export function countOf(attributes: Record<string, string | undefined>, scope: Scope): string {
  const { of, where, cap } = attributes;
  if (!of)
    throw new BoundError('needs an of="…" attribute: the list to count (a table, chart("…"), …)');
  const list = evaluate(of, scope);
  if (!Array.isArray(list)) {
    throw new BoundError(`of="${of}" gives ${typeof list}, not a list to count`);
  }
  const test = where === undefined ? undefined : evaluate(where, scope);
  if (test !== undefined && typeof test !== 'function') {
    throw new BoundError(`where="${where}" is not a function of a row (write \`r => …\`)`);
  }
  let count: number;
  try {
    count = test
      ? list.filter((row) => (test as (row: unknown) => unknown)(row)).length
      : list.length;
  } catch (error) {
    throw new BoundError(
      `where="${where}" throws: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (count === 0) {
    throw new BoundError(
      `nothing to count: ${where ? `no row of ${of} passes where` : `${of} is empty`}`,
    );
  }
  return countInWords(count, { cap: cap !== undefined });
}

/** What is wrong with one bound use, or null. `scopeFor` adds a chart's `records` to the scope. */
function problemOf(use: ComponentUse, scopeFor: (use: ComponentUse) => Scope): string | null {
  const read = BOUND_COMPONENTS[use.name as keyof typeof BOUND_COMPONENTS];
  for (const name of read) {
    if (use.expressions[name] !== undefined) {
      return `write ${name} as a string, ${name}="…": the build evaluates it before rendering`;
    }
  }
  if (use.name === 'Count') {
    countOf(use.attributes, scopeFor(use));
    return null;
  }
  const assertion = use.attributes.assert;
  if (use.name === 'Chart' && assertion === undefined) return null;
  if (!assertion?.trim()) return 'needs an assert="…" attribute: what the data must bear out';
  const failed = failedAssertion(assertion, scopeFor(use));
  return failed && `the data no longer bears this out: ${failed}`;
}

/** Throws one Error naming every bound use that fails, in every chapter. */
export function checkBound(
  chapters: readonly ChapterSource[],
  scopeFor: (use: ComponentUse) => Scope,
) {
  const problems: string[] = [];
  for (const { file, source } of chapters) {
    for (const use of parseChapter(file, source).components) {
      if (!Object.hasOwn(BOUND_COMPONENTS, use.name)) continue;
      let problem: string | null;
      try {
        problem = problemOf(use, scopeFor);
      } catch (error) {
        if (!(error instanceof BoundError)) throw error;
        problem = error.message;
      }
      if (problem === null) continue;
      const sentence =
        use.name === 'Chart' ? use.attributes.takeaway : sentenceAt(source, use.line, use.column);
      const shown = Object.entries(use.attributes)
        .filter(([name]) => name !== 'takeaway')
        .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
        .join(' ');
      problems.push(
        `${file}:${use.line}:${use.column} <${use.name} ${shown}>: ${problem}\n    in: “${sentence ?? ''}”`,
      );
    }
  }
  if (problems.length === 1) throw new Error(problems[0]);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} bound sentences fail:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}
