import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { releasedDir } from './api-snapshot.ts';
import { declarationChanges } from './declaration-changes.ts';
import { declarationFileName, rollUpDeclarations } from './declarations.ts';
import { schemaChanges } from './schema-changes.ts';
import type { ShapeChange } from './shape-change.ts';
import type { PublishedPackage } from './workspace.ts';

/**
 * The released shapes of a package, next to its snapshot: `released/data/` holds the rolled-up
 * declarations of each entry point (`index.d.ts`) and the JSON Schema of each table
 * (`schema/figures.json`); `released/charts/` the declarations of `.` and `./ssr`.
 */
export const shapesDir = (pkg: PublishedPackage) =>
  join(releasedDir, pkg.snapshot.replace(/\.json$/, ''));

/** Where the current build's declarations are rolled up for comparison (never committed). */
const currentDir = (pkg: PublishedPackage) =>
  join(
    import.meta.dirname,
    '../node_modules/.cache/api-shapes',
    pkg.snapshot.replace(/\.json$/, ''),
  );

const schemaDir = (pkg: PublishedPackage) => join(pkg.dir, 'dist/schema');

/** Replaces the released shapes with the current build's. */
export function writeReleasedShapes(pkg: PublishedPackage): string {
  const dir = shapesDir(pkg);
  rmSync(dir, { recursive: true, force: true });
  rollUpDeclarations(pkg, dir);
  if (existsSync(schemaDir(pkg))) {
    mkdirSync(join(dir, 'schema'), { recursive: true });
    for (const file of readdirSync(schemaDir(pkg))) {
      copyFileSync(join(schemaDir(pkg), file), join(dir, 'schema', file));
    }
  }
  return dir;
}

/**
 * How the shapes of the current build differ from the released ones. An entry point or a table
 * that is gone altogether is not compared here: the export snapshot reports it as removed.
 */
export function shapeChanges(pkg: PublishedPackage): ShapeChange[] {
  const released = shapesDir(pkg);
  if (!existsSync(released)) {
    throw new Error(
      `${pkg.name}: no released shapes in ${released}; run \`pnpm run api-snapshot\` (CONTRIBUTING.md)`,
    );
  }
  const current = rollUpDeclarations(pkg, currentDir(pkg));
  const changes: ShapeChange[] = [];
  for (const [entryPoint, file] of current) {
    const before = join(released, declarationFileName(entryPoint));
    if (!existsSync(before)) continue;
    const prefix = entryPoint === '.' ? '' : `${entryPoint} `;
    for (const change of declarationChanges(before, file)) {
      changes.push({ ...change, where: `${prefix}${change.where}` });
    }
  }
  const releasedSchemas = join(released, 'schema');
  if (existsSync(releasedSchemas)) {
    for (const file of readdirSync(releasedSchemas)) {
      const now = join(schemaDir(pkg), file);
      if (!existsSync(now)) continue;
      const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
      const table = file.replace(/\.json$/, '');
      changes.push(...schemaChanges(read(join(releasedSchemas, file)), read(now), table));
    }
  }
  return changes;
}
