import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { sha256 } from '../src/build/datapackage.ts';
import { fileName, ROWS, type TableName } from '../src/build/rows.ts';
import { packageDir } from './helpers.ts';

// These tests read the built package: `pnpm --filter @ua-drones/data build` runs first
// (turbo's test task depends on build; the root check builds before vitest).
const dist = join(packageDir, 'dist');
const dataDir = join(dist, 'data');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const tableNames = Object.keys(ROWS) as TableName[];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js')))
    throw new Error('dist/ is missing: run `pnpm --filter @ua-drones/data build` first');
});

describe('datapackage.json', () => {
  const datapackage = () => readJson(join(dataDir, 'datapackage.json'));

  test('lists a resource per table, licensed CC-BY-4.0, with every source of sources.json', () => {
    const pkg = datapackage();
    expect(pkg.resources.map((resource: { name: string }) => resource.name)).toEqual(
      tableNames.map(fileName),
    );
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.sources.map((source: { title: string }) => source.title)).toEqual(
      readJson(join(dataDir, 'sources.json')).map((source: { apa: string }) => source.apa),
    );
    expect(pkg.version).toBe(readJson(join(packageDir, 'package.json')).version);
  });

  test.each(tableNames)('%s.csv matches its bytes, hash and Table Schema', (name) => {
    const resource = datapackage().resources.find(
      (item: { name: string }) => item.name === fileName(name),
    );
    const content = readFileSync(join(dataDir, resource.path));
    expect(resource.bytes).toBe(content.byteLength);
    expect(resource.hash).toBe(`sha256:${sha256(content)}`);
    const rows = csvParse(content.toString('utf8'));
    const fields = resource.schema.fields as {
      name: string;
      type: string;
      description: string;
      constraints?: { required?: boolean; enum?: string[] };
    }[];
    expect(rows.columns).toEqual(fields.map((field) => field.name));
    expect(rows).toHaveLength(readJson(join(dataDir, `${fileName(name)}.json`)).length);
    const key: string[] = resource.schema.primaryKey ?? [];
    const keys = new Set(rows.map((row) => key.map((field) => row[field]).join('\u0000')));
    if (key.length > 0) expect(keys.size, `${name}: ${key.join(', ')} is unique`).toBe(rows.length);
    for (const field of fields) {
      expect(field.description, `${name}.${field.name}`).not.toBe('');
      for (const row of rows) {
        const value = row[field.name] ?? '';
        if (field.constraints?.required) expect(value, `${name}.${field.name}`).not.toBe('');
        if (field.constraints?.enum && value !== '')
          expect(field.constraints.enum).toContain(value);
        if (field.type === 'date' && value !== '') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (field.type === 'number' && value !== '')
          expect(Number.isFinite(Number(value))).toBe(true);
      }
    }
  });

  test('every reference is a foreign key or a documented list of ids, and all resolve', () => {
    const ids = (table: string) =>
      new Set(readJson(join(dataDir, `${table}.json`)).map((row: { id: string }) => row.id));
    const at = (row: Record<string, unknown>, field: string) =>
      field
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], row);
    const keys: string[] = [];
    for (const resource of datapackage().resources) {
      for (const key of resource.schema.foreignKeys ?? []) {
        const [field] = key.fields;
        keys.push(`${resource.name}.${field}`);
        const targets = ids(key.reference.resource ?? resource.name);
        for (const row of readJson(join(dataDir, `${resource.name}.json`))) {
          const value = at(row, field);
          if (value !== null && value !== undefined)
            expect(targets, `${resource.name} ${row.id}`).toContain(value);
        }
      }
      for (const field of resource.schema.fields.filter(
        (item: { type: string }) => item.type === 'list',
      ))
        expect(field).toMatchObject({ delimiter: ';', itemType: 'string' });
    }
    expect(keys).toEqual([
      'figures.source',
      'figures.measure',
      'figures.attributedTo.entity',
      'events.source',
      'events.sameAs',
      'events.partOf',
      'events.possiblySameAs',
      'events.incident',
      'partnerships.source',
      'partnerships.sameAs',
      'partnerships.partOf',
      'partnerships.possiblySameAs',
      'partnerships.deal',
      'quotes.source',
      'quotes.speaksFor',
      'entities.country',
      'set-aside.source',
      'set-aside.figure',
      'conflicts.figureA',
      'conflicts.figureB',
      'conflicts.measureA',
      'conflicts.measureB',
    ]);
    const figures = datapackage().resources.find(
      (item: { name: string }) => item.name === 'figures',
    );
    expect(
      figures.schema.fields.find((field: { name: string }) => field.name === 'subjects')
        .description,
    ).toMatch(/Each item is an id in entities\.id\./);
  });
});

test.each(tableNames)('%s.json rows match the published schema', (name) => {
  const rows = readJson(join(dataDir, `${fileName(name)}.json`));
  expect(() => ROWS[name].schema.array().parse(rows)).not.toThrow();
  if (name !== 'errata') expect(rows.length).toBeGreaterThan(0);
});

test('sources.csl.json holds a CSL-JSON item per source', () => {
  const items = readJson(join(dataDir, 'sources.csl.json'));
  const sources = readJson(join(dataDir, 'sources.json'));
  expect(items.map((item: { id: string }) => item.id)).toEqual(
    sources.map((row: { id: string }) => row.id),
  );
  for (const [index, item] of items.entries()) {
    expect(item.type).toMatch(/^(article|article-newspaper|post-weblog)$/);
    expect(item.issued['date-parts'][0][0]).toBeGreaterThanOrEqual(2023);
    expect(item.URL).toBe(sources[index].url ?? undefined);
  }
});

test('the runtime imports nothing but its own files (no zod, yaml or citation-js)', () => {
  for (const file of readdirSync(dist).filter(
    (name) => name.endsWith('.js') || name.endsWith('.d.ts'),
  )) {
    const code = readFileSync(join(dist, file), 'utf8');
    const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1],
    );
    for (const specifier of specifiers) expect(specifier, file).toMatch(/^\.\.?\//);
  }
});

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    absWorkingDir: packageDir,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('tree-shaking', () => {
  const texts = (name: string, field: string) =>
    readJson(join(dataDir, `${name}.json`)).map((row: Record<string, string>) => row[field]);

  test('a bundle importing only getFigure holds the figures and no quote, event or partnership', async () => {
    const code = await bundle(
      "import { getFigure } from './dist/index.js'; console.log(getFigure('x'));",
    );
    expect(code).toContain('// dist/data/figures.json');
    expect(code).toContain(JSON.stringify(texts('figures', 'excerpt')[0]).slice(1, 40));
    for (const table of [
      'quotes',
      'events',
      'partnerships',
      'sources',
      'entities',
      'measures',
      'set-aside',
    ])
      expect(code).not.toContain(`// dist/data/${table}.json`);
    // Quote texts may also sit in a figure's excerpt; quote ids and our summaries do not.
    const figuresJson = readFileSync(join(dataDir, 'figures.json'), 'utf8');
    const quoteIds = texts('quotes', 'id').filter((id: string) => !figuresJson.includes(id));
    expect(quoteIds.length).toBeGreaterThan(0);
    for (const text of [
      ...quoteIds,
      ...texts('events', 'summary'),
      ...texts('partnerships', 'covers'),
    ])
      expect(code).not.toContain(JSON.stringify(text).slice(1, -1));
  });

  test('a bundle importing only formatFigure holds no table at all', async () => {
    const code = await bundle(
      "import { formatFigure } from './dist/index.js'; console.log(formatFigure({ value: 1, unit: 'km', qualifier: 'exact' }));",
    );
    expect(code).not.toContain(JSON.stringify(texts('figures', 'excerpt')[0]).slice(1, 40));
    // The units table and the number formatting; any record table would add tens of kilobytes.
    expect(code.length).toBeLessThan(8000);
  });
});
