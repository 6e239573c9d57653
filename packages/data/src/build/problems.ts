/**
 * One problem found in the records. Every problem is one line naming the file (and line), the
 * record's kind and id, and the field, so whoever wrote the record can act on it directly.
 */
export interface Problem {
  /** Path of the record file, relative to the package (e.g. `records/figures/x.yaml`). */
  file: string;
  line?: number;
  kind?: string;
  /** Record id, or `#n (no id)` for a record without a usable id. */
  id?: string;
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const id =
    problem.id === undefined ? '' : problem.id.startsWith('#') ? problem.id : `"${problem.id}"`;
  const record = problem.kind === undefined ? '' : ` ${problem.kind} ${id}`.trimEnd();
  const field = problem.field === undefined ? '' : `${record ? ',' : ''} field "${problem.field}"`;
  return `${where}:${record}${field}${record || field ? ':' : ''} ${problem.message}`;
}

/** Thrown by the build when records are invalid; carries every problem, not just the first. */
export class RecordsError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the records:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'RecordsError';
    this.problems = problems;
  }
}
