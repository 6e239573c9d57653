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

/** A bound use of a chapter: where it is and the sentence (or takeaway) it binds. */
export interface BoundUse {
  file: string;
  use: ComponentUse;
  sentence: string;
  /** The tag as messages show it: `<Claim assert="…">`. */
  tag: string;
}

/** What a bound use gives on some data: the words a `<Count>` writes, or what is wrong. */
export interface Outcome {
  /** The count in words for `<Count>`, "holds" for an assertion that holds; null on a problem. */
  shows: string | null;
  problem: string | null;
}

/** Every `<Count>`, `<Claim>` and `<Chart assert>` of the chapters, in reading order. */
export function boundUses(chapters: readonly ChapterSource[]): BoundUse[] {
  return chapters.flatMap(({ file, source }) =>
    parseChapter(file, source)
      .components.filter(
        (use) =>
          Object.hasOwn(BOUND_COMPONENTS, use.name) &&
          (use.name !== 'Chart' || 'assert' in use.attributes || 'assert' in use.expressions),
      )
      .map((use) => ({
        file,
        use,
        sentence:
          (use.name === 'Chart'
            ? use.attributes.takeaway
            : sentenceAt(source, use.line, use.column)) ?? '',
        tag: `<${use.name} ${Object.entries(use.attributes)
          .filter(([name]) => name !== 'takeaway')
          .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
          .join(' ')}>`,
      })),
  );
}

/** Evaluates one bound use. `scopeFor` adds a chart's `records` to the scope. */
export function outcomeOf(use: ComponentUse, scopeFor: (use: ComponentUse) => Scope): Outcome {
  const problem = (message: string): Outcome => ({ shows: null, problem: message });
  try {
    const read = BOUND_COMPONENTS[use.name as keyof typeof BOUND_COMPONENTS];
    for (const name of read) {
      if (use.expressions[name] !== undefined) {
        return problem(
          `write ${name} as a string, ${name}="…": the build evaluates it before rendering`,
        );
      }
    }
    if (use.name === 'Count')
      return { shows: countOf(use.attributes, scopeFor(use)), problem: null };
    const assertion = use.attributes.assert;
    if (!assertion?.trim())
      return problem('needs an assert="…" attribute: what the data must bear out');
    const failed = failedAssertion(assertion, scopeFor(use));
    return failed === null
      ? { shows: 'holds', problem: null }
      : problem(`the data no longer bears this out: ${failed}`);
  } catch (error) {
    if (!(error instanceof BoundError)) throw error;
    return problem(error.message);
  }
}

/** A failing use as the build names it: file, line, column, tag, what is wrong, the sentence. */
export const describeFailure = (bound: BoundUse, problem: string) =>
  `${bound.file}:${bound.use.line}:${bound.use.column} ${bound.tag}: ${problem}\n    in: “${bound.sentence}”`;

/** Throws one Error naming every bound use that fails, in every chapter. */
export function checkBound(
  chapters: readonly ChapterSource[],
  scopeFor: (use: ComponentUse) => Scope,
) {
  const problems = boundUses(chapters).flatMap((bound) => {
    const { problem } = outcomeOf(bound.use, scopeFor);
    return problem === null ? [] : [describeFailure(bound, problem)];
  });
  if (problems.length === 1) throw new Error(problems[0]);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} bound sentences fail:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}
