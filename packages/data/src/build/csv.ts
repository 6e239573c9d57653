import { csvFormat } from 'd3-dsv';
import { type JsonSchema, toJsonSchema, unwrapNull } from './json-schema.ts';
import { ROWS, type TableName, type Tables } from './rows.ts';

/** Lists in a CSV cell are joined with this delimiter (ids and topics never contain it). */
export const LIST_DELIMITER = ';';

/** A CSV column: where its value comes from in a JSON row, and the schema describing it. */
export interface Column {
  name: string;
  path: string[];
  schema: JsonSchema;
  required: boolean;
}

/**
 * The CSV columns of a table: every scalar field, nested objects flattened to `parent.child`,
 * lists of scalars joined. Lists of objects (errata) have their own table instead.
 */
export function columnsOf(name: TableName): Column[] {
  const columns: Column[] = [];
  const walk = (schema: JsonSchema, path: string[], required: boolean) => {
    const { schema: inner, nullable } = unwrapNull(schema);
    if (inner.type === 'object') {
      const requiredKeys = new Set(inner.required ?? []);
      for (const [key, property] of Object.entries(inner.properties ?? {}))
        walk(property, [...path, key], required && !nullable && requiredKeys.has(key));
    } else if (inner.type === 'array' && unwrapNull(inner.items ?? {}).schema.type === 'object') {
      return;
    } else {
      columns.push({ name: path.join('.'), path, schema, required: required && !nullable });
    }
  };
  walk(toJsonSchema(ROWS[name].schema), [], true);
  return columns;
}

function cell(row: unknown, path: string[]): string {
  let value: unknown = row;
  for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_DELIMITER);
  return String(value);
}

export function toCsv(name: TableName, rows: Tables[TableName]): string {
  const columns = columnsOf(name);
  const flat = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.name, cell(row, column.path)])),
  );
  return `${csvFormat(
    flat,
    columns.map((column) => column.name),
  )}\n`;
}
