import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { fileName, ROWS, type TableName } from '../src/build/rows.ts';
import { packageDir } from './helpers.ts';

// Reads the built package, like dist.test.ts.
const readJson = (path: string) => JSON.parse(readFileSync(join(packageDir, path), 'utf8'));
const manifest = readJson('package.json');
const tableNames = Object.keys(ROWS) as TableName[];

describe.each(tableNames.map(fileName))('the JSON Schema of %s', (name) => {
  const schema = readJson(`dist/schema/${name}.json`);
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  test('is exported as @ua-drones/data/schema/<table>.json', () => {
    expect(manifest.exports[`./schema/${name}.json`]).toBe(`./dist/schema/${name}.json`);
  });

  test('accepts every row the package publishes', () => {
    const rows = readJson(`dist/data/${name}.json`);
    const valid = validate(rows);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  test('rejects a row without a field it requires, or with a field it does not know', () => {
    expect(validate([{}])).toBe(false);
    const [row] = readJson(`dist/data/${name}.json`);
    // The errata table is empty until a release corrects a record.
    if (row === undefined) return;
    expect(validate([{ ...row, unknownField: 1 }])).toBe(false);
    const required: string[] = schema.items.required;
    const { [required[0] as string]: _, ...missing } = row;
    expect(validate([missing])).toBe(false);
  });
});
