import { createHash } from 'node:crypto';
import { columnsOf, LIST_DELIMITER } from './csv.ts';
import { type JsonSchema, unwrapNull } from './json-schema.ts';
import { fileName, ROWS, type TableName, type Tables } from './rows.ts';

/** Columns holding one id of another table (an empty cell references nothing). */
const FOREIGN_KEYS: Partial<Record<TableName, { field: string; table: TableName }[]>> = {
  figures: [
    { field: 'source', table: 'sources' },
    { field: 'measure', table: 'measures' },
    { field: 'attributedTo.entity', table: 'entities' },
  ],
  events: [
    { field: 'source', table: 'sources' },
    { field: 'sameAs', table: 'events' },
    { field: 'partOf', table: 'events' },
    { field: 'possiblySameAs', table: 'events' },
    { field: 'incident', table: 'events' },
  ],
  partnerships: [
    { field: 'source', table: 'sources' },
    { field: 'sameAs', table: 'partnerships' },
    { field: 'partOf', table: 'partnerships' },
    { field: 'possiblySameAs', table: 'partnerships' },
    { field: 'deal', table: 'partnerships' },
  ],
  quotes: [
    { field: 'source', table: 'sources' },
    { field: 'speaksFor', table: 'entities' },
  ],
  setAside: [
    { field: 'source', table: 'sources' },
    { field: 'figure', table: 'figures' },
  ],
  conflicts: [
    { field: 'figureA', table: 'figures' },
    { field: 'figureB', table: 'figures' },
    { field: 'measureA', table: 'measures' },
    { field: 'measureB', table: 'measures' },
  ],
  entities: [{ field: 'country', table: 'entities' }],
};

/**
 * List columns whose items are ids of another table. Table Schema has no foreign key for a list
 * field, so the reference is stated in the field's description (and checked by the build).
 */
const LIST_REFERENCES: Partial<Record<TableName, Record<string, TableName>>> = {
  figures: { subjects: 'entities' },
  events: { actors: 'entities', countries: 'entities' },
  partnerships: { members: 'entities', countries: 'entities' },
};

/**
 * What an analyst needs before filtering a table, said where Frictionless tools show it: the
 * resource's description. The field descriptions say the same column by column.
 */
const RESOURCE_NOTES: Partial<Record<TableName, string>> = {
  figures:
    "Filter and sort by time on periodStart and periodEnd (asOfStart and asOfEnd for a figure with no period): period and asOf keep the precision of the text, so they mix 2025, 2025-09, 2026-04/.. and 2025/2026. Compare values by valueInBaseUnit, in the measure's unit (lengths in km, shares in percent); value keeps the unit the text states.",
  events:
    'date keeps the precision of the text (datePrecision says which); dateInterval, when present, is the narrower interval an inferred date lies in.',
  partnerships:
    'date keeps the precision of the text (datePrecision says which); dateInterval, when present, is the narrower interval an inferred date lies in.',
  sources: 'Filter and sort by time on dateStart and dateEnd: date may be an interval.',
};

function resourceDescription(name: TableName): { description?: string } {
  const hasList = columnsOf(name).some(
    (column) => unwrapNull(column.schema).schema.type === 'array',
  );
  const description = [
    RESOURCE_NOTES[name],
    hasList
      ? `List columns (type list) join their items with "${LIST_DELIMITER}", with no space: split on it.`
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return description ? { description } : {};
}

/** Tables without an id, keyed by the columns that tell their rows apart (the build checks it). */
const COMPOSITE_KEYS: Partial<Record<TableName, string[]>> = {
  setAside: ['source', 'context', 'span'],
};

// Full days (derived period and date bounds) are Table Schema dates; partial ISO dates stay strings.
const FULL_DAY = String.raw`^\d{4}-\d{2}-\d{2}$`;

function tableType(schema: JsonSchema): string {
  if (schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean')
    return schema.type;
  if (schema.anyOf) return 'any';
  return schema.pattern === FULL_DAY ? 'date' : 'string';
}

function tableSchema(name: TableName) {
  const fields = columnsOf(name).map((column) => {
    const { schema, nullable } = unwrapNull(column.schema);
    const list = schema.type === 'array';
    const item = list ? unwrapNull(schema.items ?? {}).schema : schema;
    const references = LIST_REFERENCES[name]?.[column.name];
    const description = [
      column.schema.description ?? '',
      list ? `A "${LIST_DELIMITER}"-separated list.` : '',
      references ? `Each item is an id in ${references}.id.` : '',
      name === 'errata' && column.name === 'recordId'
        ? 'References the id column of the table named in `table`.'
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    const typing = list
      ? { type: 'list', delimiter: LIST_DELIMITER, itemType: tableType(item) }
      : { type: tableType(item) };
    const constraints: Record<string, unknown> = {};
    if (column.required && !nullable) constraints.required = true;
    if (!list && item.enum) constraints.enum = item.enum;
    if (column.name === 'id') constraints.unique = true;
    return {
      name: column.name,
      ...typing,
      description,
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  const hasId = fields.some((field) => field.name === 'id');
  // A reference to the same table leaves out `resource`, as Table Schema asks.
  const foreignKeys = (FOREIGN_KEYS[name] ?? []).map(({ field, table }) => ({
    fields: [field],
    reference: table === name ? { fields: ['id'] } : { resource: fileName(table), fields: ['id'] },
  }));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    ...(hasId
      ? { primaryKey: ['id'] }
      : COMPOSITE_KEYS[name]
        ? { primaryKey: COMPOSITE_KEYS[name] }
        : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

export const sha256 = (content: string | Buffer) =>
  createHash('sha256').update(content).digest('hex');

/**
 * A Frictionless Data Package describing every CSV file: its Table Schema (field descriptions
 * from the zod schemas), size and SHA-256 hash, the license and the source articles.
 */
export function dataPackage(options: {
  version: string;
  description: string;
  tables: Tables;
  csv: Record<TableName, string>;
}) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'ua-drones-data',
    title: "Ukraine's drone role in European defense: figures, events, partnerships and quotes",
    description: options.description,
    version: options.version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: options.tables.sources.map((source) => ({
      title: source.apa,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: (Object.keys(ROWS) as TableName[]).map((name) => {
      const content = Buffer.from(options.csv[name], 'utf8');
      return {
        $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
        name: fileName(name),
        type: 'table',
        title: ROWS[name].title,
        ...resourceDescription(name),
        path: `${fileName(name)}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: content.byteLength,
        hash: `sha256:${sha256(content)}`,
        schema: tableSchema(name),
      };
    }),
  };
}
