import { type JsonSchema, toJsonSchema, unwrapNull } from './json-schema.ts';
import { ROWS } from './rows.ts';

const quote = (value: unknown) => JSON.stringify(value).replaceAll('"', "'");

function tsType(schema: JsonSchema, indent: string): string {
  const { schema: inner, nullable } = unwrapNull(schema);
  let type: string;
  if (inner.const !== undefined) type = quote(inner.const);
  else if (inner.enum) type = inner.enum.map(quote).join(' | ');
  else if (inner.anyOf) type = inner.anyOf.map((option) => tsType(option, indent)).join(' | ');
  else if (inner.type === 'array') {
    const item = tsType(inner.items ?? {}, indent);
    type = /[ |]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
  } else if (inner.type === 'object') type = objectType(inner, indent);
  else if (inner.type === 'integer' || inner.type === 'number') type = 'number';
  else if (inner.type === 'string' || inner.type === 'boolean' || inner.type === 'null')
    type = inner.type;
  else type = 'unknown';
  return nullable ? `${type} | null` : type;
}

function objectType(schema: JsonSchema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const doc = property.description
      ? `${inner}/** ${property.description.replaceAll('*/', '*\\/')} */\n`
      : '';
    return `${doc}${inner}${name}${required.has(name) ? '' : '?'}: ${tsType(property, inner)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** TypeScript declarations of the published rows, generated from their zod schemas. */
export function generateTypes(): string {
  const blocks = Object.values(ROWS).map(
    ({ schema, type, title }) =>
      `/** A row of the ${title.toLowerCase()} table. */\nexport interface ${type} ${objectType(toJsonSchema(schema), '')}\n`,
  );
  return `// Generated from src/build/rows.ts by \`pnpm --filter @ua-drones/data generate\`: do not edit.\n\n${blocks.join('\n')}`;
}
