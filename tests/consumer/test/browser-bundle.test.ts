import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, inject, test } from 'vitest';
import { readFigureRecords } from '../src/records.ts';

const { projectDir } = inject('consumer');
const resolveInstalled = createRequire(join(projectDir, 'package.json')).resolve;

async function readTable(name: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await readFile(resolveInstalled(`@ua-drones/data/${name}.json`), 'utf8'));
}

async function bundle(name: string, source: string) {
  const entry = join(projectDir, `${name}.js`);
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    // Texts stay as written (not \u escapes), so they can be searched for in the output.
    charset: 'utf8',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // esbuild reads every module the entry reaches; those that tree-shaking drops add no bytes.
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
  );
  return { code, bytes: Buffer.byteLength(code), inputs };
}

test('a browser bundle importing only getFigure keeps the other tables out', async () => {
  const figure = readFigureRecords()[0];
  if (!figure) throw new Error('packages/data/records/figures holds no figure');
  const only = await bundle(
    'get-figure',
    `import { getFigure } from '@ua-drones/data';\n` +
      `document.body.textContent = getFigure(${JSON.stringify(figure.id)}).label;\n`,
  );
  const everything = await bundle(
    'everything',
    `import * as data from '@ua-drones/data';\nconsole.log(data);\n`,
  );
  const figuresBytes = (await readFile(resolveInstalled('@ua-drones/data/figures.json'))).length;
  console.log(
    `bundle with getFigure only: ${only.bytes} B; with every export: ${everything.bytes} B; figures.json: ${figuresBytes} B`,
  );

  expect(only.code.includes(figure.label), `the bundle lacks "${figure.label}"`).toBe(true);
  const otherModules = only.inputs.filter((input) =>
    /@ua-drones\/data\/dist\/(?!figures\.js|lookup\.js|errors\.js|data\/figures\.json)/.test(input),
  );
  expect(
    otherModules,
    `modules bundled besides the figures table:\n${only.inputs.join('\n')}`,
  ).toEqual([]);

  // No id or text of another table reaches the bundle. Ids are unique per table only, and
  // figures may quote the same sentence as a quote or an event, so what figures.json itself
  // contains is left out of the comparison.
  const figuresText = JSON.stringify(await readTable('figures'));
  // Strings as they are, not JSON-escaped: a note with quotation marks is the same text in both.
  const figureStrings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') figureStrings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(await readTable('figures'));
  const inFigures = (text: string) => figureStrings.some((string) => string.includes(text));
  let compared = 0;
  for (const table of ['quotes', 'events', 'partnerships']) {
    const rows = await readTable(table);
    expect(rows.length, `${table}.json is empty, so its absence proves nothing`).toBeGreaterThan(0);
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value !== 'string' || (field !== 'id' && value.length < 40)) continue;
        const needle = field === 'id' ? `"${value}"` : value;
        if (figuresText.includes(needle) || (field !== 'id' && inFigures(value))) continue;
        compared += 1;
        const leaked = only.code.includes(needle);
        expect(
          leaked,
          `${table} ${row.id} ${field} is in the bundle: "${value.slice(0, 80)}"`,
        ).toBe(false);
      }
    }
  }
  expect(compared).toBeGreaterThan(50);

  // The figures table and a lookup: at most the JSON of the table plus 4 KB of code, and far
  // less than a bundle of the whole package.
  expect(only.bytes).toBeLessThan(figuresBytes + 4096);
  expect(only.bytes).toBeLessThan(everything.bytes / 2);
});

test('a browser bundle importing one chart by name leaves the registry, the map and the tables of events out', async () => {
  const one = await bundle(
    'one-chart',
    `import { demand } from '@ua-drones/charts';\nimport { figures } from '@ua-drones/data';\n` +
      `document.body.append(demand.render(figures.filter((f) => demand.expects.measures.includes(f.measure))));\n`,
  );
  const charts = one.inputs.filter((input) => input.includes('@ua-drones/charts/dist/'));
  expect(charts.some((input) => input.endsWith('charts/demand.js'))).toBe(true);
  // The registry reaches every chart; the map carries its geometry (src/geo).
  expect(
    charts.filter((input) => /\/(charts\/(registry|europe)\.js|geo\/)/.test(input)),
    `the registry or the map in the bundle:\n${charts.join('\n')}`,
  ).toEqual([]);
  // `import * as data` would bring every table; a chart of figures needs no events or quotes.
  const tables = one.inputs.filter((input) => /@ua-drones\/data\/dist\/data\//.test(input));
  expect(tables.filter((input) => /\/(events|partnerships|quotes)\.json$/.test(input))).toEqual([]);
});
