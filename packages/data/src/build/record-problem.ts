import type { RawRecord } from './load.ts';
import type { Problem } from './problems.ts';

/** A record's parsed value with the file and lines it was read from, for problems about it. */
export type Located<T> = { record: RawRecord; value: T };

export const idOf = (record: RawRecord): string | undefined => {
  const id = (record.data as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
};

/** How a problem names its record: the id, or for a set-aside entry (which has none) its span. */
const nameOf = (record: RawRecord): string => {
  const span =
    record.kind === 'set-aside' ? (record.data as { span?: unknown } | null)?.span : undefined;
  return (
    idOf(record) ??
    (typeof span === 'string' && span.length > 0 ? span : `#${record.index} (no id)`)
  );
};

/** A problem with one record, at the line of `field` unless `line` says otherwise. */
export function recordProblem(
  record: RawRecord,
  field: string | undefined,
  message: string,
  line?: number,
): Problem {
  return {
    file: record.file,
    line: line ?? record.lineOf(field?.split(/[.[]/)[0]),
    kind: record.kind,
    id: nameOf(record),
    ...(field === undefined ? {} : { field }),
    message,
  };
}
