import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { declarationChanges } from '../src/declaration-changes.ts';
import { type JsonSchema, schemaChanges } from '../src/schema-changes.ts';

const dir = mkdtempSync(join(tmpdir(), 'ua-drones-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The changes between two versions of a declaration file, as `where: change [bump]` lines. */
function changesBetween(before: string, after: string): string[] {
  const name = `case-${Math.random().toString(36).slice(2)}`;
  const [old, now] = [join(dir, `${name}-before.d.ts`), join(dir, `${name}-after.d.ts`)];
  writeFileSync(old, before);
  writeFileSync(now, after);
  return declarationChanges(old, now).map(
    ({ where, change, bump }) => `${where}: ${change} [${bump}]`,
  );
}

const figure = `export interface Figure {
  id: string;
  value: number;
  unit: 'drones' | 'km';
  period: string | null;
  note?: string;
}
export interface FormatOptions {
  locale?: string;
  unit?: boolean;
}
export declare function formatFigure(figure: Figure, options?: FormatOptions): string;
export declare const figures: readonly Figure[];
export declare const charts: { readonly production: string; readonly reach: string };
`;

describe('declaration changes (TypeScript API)', () => {
  test('the same declarations change nothing', () => {
    expect(changesBetween(figure, figure)).toEqual([]);
  });

  test('removing a field or an option is major', () => {
    expect(changesBetween(figure, figure.replace('  note?: string;\n', ''))).toEqual([
      'Figure.note: removed [major]',
    ]);
    expect(changesBetween(figure, figure.replace('  unit?: boolean;\n', ''))).toEqual([
      'FormatOptions.unit: removed [major]',
    ]);
  });

  test('narrowing a field is major, widening it is minor', () => {
    expect(
      changesBetween(figure, figure.replace('period: string | null', 'period: string')),
    ).toEqual(['Figure.period: null removed (narrowed) [major]']);
    expect(
      changesBetween(figure, figure.replace("'drones' | 'km'", "'drones' | 'km' | 'mi'")),
    ).toEqual(['Figure.unit: "mi" added (widened) [minor]']);
  });

  test('adding an optional field or option is minor, a required one major', () => {
    expect(
      changesBetween(
        figure,
        figure.replace('  note?: string;', '  note?: string;\n  asOf?: string;'),
      ),
    ).toEqual(['Figure.asOf: added, optional [minor]']);
    expect(
      changesBetween(
        figure,
        figure.replace('  unit?: boolean;', '  unit?: boolean;\n  currency: string;'),
      ),
    ).toEqual(['FormatOptions.currency: added, required [major]']);
  });

  test('a function: a new required parameter is major, what it returns is read', () => {
    const twoArguments = figure.replace(
      'options?: FormatOptions): string',
      'options: FormatOptions, locale?: string): string',
    );
    expect(changesBetween(figure, twoArguments)).toEqual([
      'formatFigure(options): now required [major]',
      'formatFigure(locale): parameter added, optional [minor]',
    ]);
    // A caller reading the result breaks when it may be null, not when it is narrower.
    expect(changesBetween(figure, figure.replace('): string;', '): string | null;'))).toEqual([
      'formatFigure(): null added (widened) [major]',
    ]);
  });

  test('a constant is read: a new member is minor, a removed one major', () => {
    const withMap = figure.replace(
      'readonly reach: string }',
      'readonly reach: string; readonly europe: string }',
    );
    expect(changesBetween(figure, withMap)).toEqual(['charts.europe: added, required [minor]']);
    expect(changesBetween(figure, figure.replace('; readonly reach: string', ''))).toEqual([
      'charts.reach: removed [major]',
    ]);
  });

  test('a parameter typed by a conditional over its own type parameter, written the same, changes nothing', () => {
    const lookup = (known: string) => `export type FigureId = ${known};
export declare const getFigure: <Id extends string>(id: string extends Id ? Id : Id extends FigureId ? Id : FigureId) => number;
`;
    expect(changesBetween(lookup("'a' | 'b'"), lookup("'a' | 'b'"))).toEqual([]);
    const cite = `export type SourceId = 'a';
export interface Source { apa: string }
export declare function citeSource<Id extends string>(source: (string extends Id ? Id : Id extends SourceId ? Id : SourceId) | Source): string;
`;
    expect(changesBetween(cite, cite)).toEqual([]);
    // A removed id is still a change, of the id type and of the lookups that take it.
    expect(changesBetween(lookup("'a' | 'b'"), lookup("'a'"))).toEqual([
      'FigureId: "b" removed (narrowed) [major]',
      'getFigure(id): changed from string extends Id ? Id : Id extends FigureId ? Id : FigureId to string extends Id ? Id : Id extends "a" ? Id : "a" [major]',
    ]);
  });

  test('removing an export is major, adding one minor', () => {
    expect(changesBetween(figure, figure.replace(/export declare const figures.*\n/, ''))).toEqual([
      'figures: export removed [major]',
    ]);
    expect(changesBetween(figure, `${figure}export type Unit = Figure['unit'];\n`)).toEqual([
      'Unit: export added [minor]',
    ]);
  });
});

const table: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      unit: { type: 'string', enum: ['drones', 'km'] },
      period: { anyOf: [{ type: 'string', pattern: '^\\d{4}$' }, { type: 'null' }] },
      note: { type: 'string', minLength: 1 },
    },
    required: ['id', 'unit', 'period'],
    additionalProperties: false,
  },
};

function tableChanges(
  edit: (items: JsonSchema & { properties: Record<string, JsonSchema> }) => void,
) {
  const after = structuredClone(table);
  edit(after.items as JsonSchema & { properties: Record<string, JsonSchema> });
  return schemaChanges(table, after, 'figures').map(
    ({ where, change, bump }) => `${where}: ${change} [${bump}]`,
  );
}

describe('schema changes (the JSON Schema of a table)', () => {
  test('a description alone changes nothing', () => {
    expect(
      tableChanges((items) => Object.assign(items.properties.id ?? {}, { description: 'Id.' })),
    ).toEqual([]);
  });

  test('removing or narrowing a field is major', () => {
    expect(tableChanges((items) => delete items.properties.note)).toEqual([
      'figures[].note: removed [major]',
    ]);
    expect(
      tableChanges((items) => {
        items.properties.period = { type: 'string', pattern: '^\\d{4}$' };
      }),
    ).toEqual(['figures[].period: null removed (narrowed) [major]']);
    expect(
      tableChanges((items) => {
        items.properties.unit = { type: 'string', enum: ['drones'] };
      }),
    ).toEqual(['figures[].unit: "km" removed (narrowed) [major]']);
  });

  test('adding an optional field or widening one is minor; a required field is major', () => {
    expect(
      tableChanges((items) => {
        items.properties.asOf = { type: 'string' };
      }),
    ).toEqual(['figures[].asOf: added, optional [minor]']);
    expect(
      tableChanges((items) => {
        items.properties.unit = { type: 'string', enum: ['drones', 'km', 'mi'] };
      }),
    ).toEqual(['figures[].unit: "mi" added (widened) [minor]']);
    expect(
      tableChanges((items) => {
        items.properties.currency = { type: 'string' };
        items.required?.push('currency');
      }),
    ).toEqual(['figures[].currency: added, required [major]']);
  });
});
