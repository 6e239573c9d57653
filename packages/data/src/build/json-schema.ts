import { z } from 'zod';

type SimpleType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** The subset of JSON Schema that zod emits for this package's row schemas. */
export interface JsonSchema {
  type?: SimpleType | SimpleType[];
  description?: string;
  enum?: (string | number)[];
  const?: string | number | boolean | null;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
}

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

/** The schema without its `null` alternative, and whether null was allowed. */
export function unwrapNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  // zod writes a union of plain types as `type: [...]`; treat it like anyOf.
  const options = Array.isArray(schema.type)
    ? schema.type.map((type): JsonSchema => ({ type }))
    : schema.anyOf;
  if (options === undefined) return { schema, nullable: schema.type === 'null' };
  const rest = options.filter((option) => option.type !== 'null');
  const nullable = rest.length < options.length;
  const inner = rest.length === 1 ? (rest[0] as JsonSchema) : { anyOf: rest };
  return { schema: { ...inner, description: schema.description ?? inner.description }, nullable };
}

/** Short human-readable type, for the README field reference. */
export function describeType(schema: JsonSchema): string {
  const { schema: inner, nullable } = unwrapNull(schema);
  let type: string;
  if (inner.enum) type = `one of ${inner.enum.map((value) => `\`${value}\``).join(', ')}`;
  else if (inner.anyOf) type = inner.anyOf.map(describeType).join(' or ');
  else if (inner.type === 'array') {
    const item = describeType(inner.items ?? {});
    type = item.startsWith('one of ') ? `list of ${item.slice(7)}` : `list of ${item}s`;
  } else if (inner.type === 'object') type = 'object';
  else type = String(inner.type ?? 'any');
  return nullable ? `${type} or null` : type;
}
