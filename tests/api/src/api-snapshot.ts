import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBuiltChartNames } from './chart-names.ts';
import { readPublicExports } from './public-exports.ts';
import { readBuiltRecordIds } from './record-ids.ts';
import { type PublishedPackage, readManifest, repoRoot } from './workspace.ts';

/**
 * The public surface of one package: what consumers can import, and the ids they look things up
 * by (record ids per table for data, chart names for charts).
 */
export interface ApiSnapshot {
  package: string;
  version: string;
  note: string;
  entryPoints: string[];
  names: Record<string, string[]>;
  ids: Record<string, string[]>;
}

export const releasedDir = join(import.meta.dirname, '../released');

const unreleasedNote =
  'Version 0.0.0 has never been published: this baseline is the state of the workspace before the ' +
  'first release. `changeset version` (the version-packages script) replaces it with the released ' +
  'surface of each new version.';

const releasedNote =
  'The public surface of the version being released, written by `pnpm --filter @ua-drones/test-api ' +
  'run snapshot` when `changeset version` bumped the package. Do not edit by hand.';

/** Reads the current build of a package: its manifest, its declaration files and its ids. */
export async function currentSnapshot(pkg: PublishedPackage): Promise<ApiSnapshot> {
  const manifest = readManifest(pkg.dir);
  const { entryPoints, names } = readPublicExports(pkg.dir, manifest);
  return {
    package: manifest.name,
    version: manifest.version,
    note: manifest.version === '0.0.0' ? unreleasedNote : releasedNote,
    entryPoints,
    names,
    ids: pkg.name === '@ua-drones/data' ? await readBuiltRecordIds() : await readBuiltChartNames(),
  };
}

export async function readReleasedSnapshot(pkg: PublishedPackage): Promise<ApiSnapshot> {
  const file = join(releasedDir, pkg.snapshot);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ApiSnapshot;
  } catch (error) {
    throw new Error(
      `${pkg.name}: cannot read the released API snapshot ${file} (${(error as Error).message}); ` +
        'run `pnpm --filter @ua-drones/test-api run snapshot`',
    );
  }
}

export async function writeReleasedSnapshot(
  pkg: PublishedPackage,
  snapshot: ApiSnapshot,
): Promise<string> {
  const file = join(releasedDir, pkg.snapshot);
  await writeFile(file, `${JSON.stringify(snapshot, null, 2)}\n`);
  // Written as Biome formats it, so a fresh snapshot passes `biome check` as is.
  await promisify(execFile)(join(repoRoot, 'node_modules/.bin/biome'), ['format', '--write', file]);
  return file;
}
