import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import { expect, inject, test } from 'vitest';
import { readFigureRecords } from '../src/records.ts';
import { run, transcript } from '../src/run.ts';

const { projectDir } = inject('consumer');
const records = readFigureRecords();
const expected = records[0];

test('Node ESM reads the same figure from the main entry, the JSON and the CSV subpaths', async () => {
  if (!expected) throw new Error('packages/data/records/figures holds no figure');
  const result = await run(process.execPath, ['node-esm.mjs', expected.id], { cwd: projectDir });
  expect(result.code, transcript(result)).toBe(0);
  const read = JSON.parse(result.stdout);

  // Resolved from the npm-installed tarball, not through a workspace link.
  const installed = pathToFileURL(join(projectDir, 'node_modules/@ua-drones/data/')).href;
  expect(read.resolved.startsWith(installed), read.resolved).toBe(true);
  expect(read.count).toBe(records.length);
  const manifest = JSON.parse(
    await readFile(join(projectDir, 'node_modules/@ua-drones/data/package.json'), 'utf8'),
  );
  expect(read.dataVersion, 'dataVersion is the version of the installed package').toBe(
    manifest.version,
  );

  const { id, label, value, unit } = expected;
  expect(read.fromMainEntry).toMatchObject({ id, label, value, unit });
  expect(read.fromJson).toEqual(read.fromMainEntry);
  const row = csvParse(read.csv).find((csvRow) => csvRow.id === id);
  expect(row, `no row with id ${id} in figures.csv`).toBeDefined();
  expect({ label: row?.label, value: Number(row?.value), unit: row?.unit }).toEqual({
    label,
    value,
    unit,
  });
});
