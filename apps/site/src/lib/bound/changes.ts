/**
 * What a change to the data touches: the records added, changed or removed, the charts whose
 * records changed, and the bound sentences whose count or assertion gives something else now.
 * Compares two states of the data (`pnpm run changes` passes main's and the working tree's).
 */

import type { ComponentUse } from '../parse-chapter.ts';
import { type BoundUse, type Outcome, outcomeOf } from './check.ts';
import type { Scope } from './expression.ts';
import type { BoundData } from './scope.ts';

type Tables = Readonly<Record<string, readonly object[]>>;

export interface RecordChanges {
  table: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/** A row's key: its id, or the row itself for tables without ids (set-aside entries, errata). */
const keyOf = (row: object) => ('id' in row ? String(row.id) : JSON.stringify(row));

export function recordChanges(before: Tables, after: Tables): RecordChanges[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((table) => {
    const old = new Map((before[table] ?? []).map((row) => [keyOf(row), JSON.stringify(row)]));
    const now = new Map((after[table] ?? []).map((row) => [keyOf(row), JSON.stringify(row)]));
    const changes = {
      table,
      added: [...now.keys()].filter((key) => !old.has(key)),
      removed: [...old.keys()].filter((key) => !now.has(key)),
      changed: [...now]
        .filter(([key, row]) => old.has(key) && old.get(key) !== row)
        .map(([key]) => key),
    };
    return changes.added.length + changes.removed.length + changes.changed.length ? [changes] : [];
  });
}

/** Charts whose selection of records differs between the two states. */
export function changedCharts(
  names: readonly string[],
  before: BoundData,
  after: BoundData,
): string[] {
  return names.filter(
    (name) =>
      JSON.stringify(before.chartRecords(name)) !== JSON.stringify(after.chartRecords(name)),
  );
}

export interface BoundChange {
  bound: BoundUse;
  before: Outcome;
  after: Outcome;
}

const shown = (outcome: Outcome) => outcome.shows ?? `fails: ${outcome.problem}`;

/** Bound uses whose outcome differs between the two states. */
export function boundChanges(
  uses: readonly BoundUse[],
  before: (use: ComponentUse) => Scope,
  after: (use: ComponentUse) => Scope,
): BoundChange[] {
  return uses
    .map((bound) => ({
      bound,
      before: outcomeOf(bound.use, before),
      after: outcomeOf(bound.use, after),
    }))
    .filter((change) => shown(change.before) !== shown(change.after));
}

/** One line per change: where, the tag, what it gave and gives, and whether it still holds. */
export function describeChange({ bound, before, after }: BoundChange): string {
  const where = `${bound.file}:${bound.use.line}:${bound.use.column} ${bound.tag}`;
  const verdict = after.problem === null ? 'still holds' : 'NO LONGER HOLDS';
  return `${where}\n    in: “${bound.sentence}”\n    ${verdict}: was ${shown(before)}; now ${shown(after)}`;
}
