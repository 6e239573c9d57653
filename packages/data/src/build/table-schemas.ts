import { toJsonSchema } from './json-schema.ts';
import { fileName, ROWS, type TableName } from './rows.ts';

/**
 * The JSON Schema (draft 2020-12) of one published table file: `figures.json` is an array of
 * figure rows. Generated from the same zod row schemas as the types and the Table Schemas, so a
 * consumer can validate what they read, and the API test can tell a widened field from a removed one.
 */
export function tableSchema(name: TableName) {
  const { $schema, ...row } = toJsonSchema(ROWS[name].schema) as Record<string, unknown>;
  return {
    $schema,
    title: `${ROWS[name].title} (@ua-drones/data ${fileName(name)}.json)`,
    description: `The ${ROWS[name].title.toLowerCase()} table: an array of ${ROWS[name].type} rows.`,
    type: 'array',
    items: row,
  };
}
