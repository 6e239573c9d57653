/**
 * Evaluates the expressions a chapter binds its words with (`<Count of="…" where="…">`,
 * `<Claim assert="…">`): JavaScript over a fixed scope of the data's tables and helpers (scope.ts),
 * evaluated at build time. An assertion is split at its top-level `&&` and comparison, so a false
 * one says what each side now is instead of only "false".
 */

/** An expression that cannot be evaluated, or an assertion the data no longer bears out. */
export class BoundError extends Error {
  override name = 'BoundError';
}

export type Scope = Readonly<Record<string, unknown>>;

/** Evaluates one JavaScript expression with the scope's names in reach and nothing else. */
export function evaluate(expression: string, scope: Scope): unknown {
  let run: (...values: unknown[]) => unknown;
  try {
    // The chapters are our own reviewed files, read at build time: evaluating their expressions is
    // what binding means, as Quarto's inline expressions or Observable's cells do.
    run = new Function(...Object.keys(scope), `"use strict"; return (${expression});`) as (
      ...values: unknown[]
    ) => unknown;
  } catch (error) {
    throw new BoundError(`\`${expression}\` is not a JavaScript expression: ${message(error)}`);
  }
  try {
    return run(...Object.values(scope));
  } catch (error) {
    throw new BoundError(`\`${expression}\` throws: ${message(error)}`);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const COMPARISONS = ['===', '!==', '==', '!=', '<=', '>=', '<', '>'] as const;
type Comparison = (typeof COMPARISONS)[number];

/**
 * Splits `text` at each top-level occurrence of one of `operators` (outside brackets and string
 * literals, and never at the `>` of an arrow `=>`), keeping the operators.
 */
function splitTopLevel(text: string, operators: readonly string[]): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (depth === 0) {
      const operator = operators.find((op) => text.startsWith(op, i));
      const arrow = operator?.startsWith('>') && text[i - 1] === '=';
      const partOfArrow = operator?.startsWith('=') && text[i + operator.length] === '>';
      if (
        operator &&
        !arrow &&
        !partOfArrow &&
        !(operator.startsWith('=') && text[i - 1] === '!')
      ) {
        parts.push(text.slice(start, i).trim(), operator);
        i += operator.length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** Equality that compares arrays and plain values element by element, as a reader would. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  return Object.is(a, b);
}

function compare(left: unknown, operator: Comparison, right: unknown): boolean {
  switch (operator) {
    case '===':
    case '==':
      return same(left, right);
    case '!==':
    case '!=':
      return !same(left, right);
    case '<':
      return (left as number) < (right as number);
    case '>':
      return (left as number) > (right as number);
    case '<=':
      return (left as number) <= (right as number);
    case '>=':
      return (left as number) >= (right as number);
  }
}

/** A value as a message shows it: a record by its id, a list item by item. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null && 'id' in value) return String(value.id);
  return String(value);
}

/** Values a comparison may compare: what a count, a ranking or a date gives (null: no date). */
function checkOperand(expression: string, value: unknown): void {
  const ok = (v: unknown): boolean =>
    v === null ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (Array.isArray(v) && v.every(ok));
  if (!ok(value)) {
    throw new BoundError(
      `\`${expression}\` gives ${describe(value)}; a comparison takes numbers, strings, booleans, null or lists of them`,
    );
  }
}

/**
 * Null when `assertion` holds; otherwise what the data now says, naming the first conjunct that
 * fails and the value of each side (`count(sources) is 6, not === 5`). Throws a BoundError when
 * a part cannot be evaluated or is not a comparison of plain values.
 */
export function failedAssertion(assertion: string, scope: Scope): string | null {
  const conjuncts = splitTopLevel(assertion, ['&&']).filter((part) => part !== '&&');
  for (const conjunct of conjuncts) {
    // An operator that binds looser than a comparison (`||`, `??`, `?:`) keeps the conjunct whole.
    const loose = splitTopLevel(conjunct, ['||', '??', '?']).length > 1;
    const parts = loose ? [conjunct] : splitTopLevel(conjunct, COMPARISONS);
    if (parts.length === 1) {
      const value = evaluate(conjunct, scope);
      if (typeof value !== 'boolean') {
        throw new BoundError(`\`${conjunct}\` gives ${describe(value)}, not true or false`);
      }
      if (!value) return `\`${conjunct}\` is false`;
      continue;
    }
    if (parts.length !== 3) {
      throw new BoundError(`\`${conjunct}\` chains comparisons; join them with && instead`);
    }
    const [left, operator, right] = parts as [string, Comparison, string];
    const values = [evaluate(left, scope), evaluate(right, scope)] as const;
    checkOperand(left, values[0]);
    checkOperand(right, values[1]);
    if (!compare(values[0], operator, values[1])) {
      const rightSide = right === describe(values[1]) ? right : `${right} (${describe(values[1])})`;
      return `${left} is ${describe(values[0])}, not ${operator} ${rightSide}`;
    }
  }
  return null;
}
