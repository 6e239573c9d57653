import { ENTITY_LABEL_FIELDS, SOURCE_CREDIT_FIELDS } from '../slim.ts';
import type { Compiled } from './compile.ts';

/** The row with only these fields, in their order. */
function pick<Row extends object, Field extends keyof Row>(row: Row, fields: readonly Field[]) {
  return Object.fromEntries(fields.map((field) => [field, row[field]]));
}

/**
 * A module whose default export is the rows, typed by the slim row type. A module rather than a
 * JSON file, because every JSON file in dist/data/ is a published download that the site
 * archives, and these are only a lighter copy for the runtime.
 */
function rowsModule(type: string, rows: object[]): string {
  return `// Generated from the records by the data build: do not edit.\n\nimport type { ${type} } from '../slim.ts';\n\nconst rows: readonly ${type}[] = ${JSON.stringify(rows)};\n\nexport default rows;\n`;
}

/**
 * The slim tables a chart in a browser reads instead of the full ones (sources' credits,
 * entities' labels), by file name in src/data/.
 */
export function slimTableModules(compiled: Compiled): Record<string, string> {
  const { sources, entities } = compiled.tables;
  return {
    'source-credits.ts': rowsModule(
      'SourceCredit',
      sources.map((row) => pick(row, SOURCE_CREDIT_FIELDS)),
    ),
    'entity-labels.ts': rowsModule(
      'EntityLabel',
      entities.map((row) => pick(row, ENTITY_LABEL_FIELDS)),
    ),
  };
}
