import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

/** The packages published to npm, with the folder each is built from. */
export const publishedPackages = [
  { name: '@ua-drones/data', dir: join(repoRoot, 'packages/data'), snapshot: 'data.json' },
  { name: '@ua-drones/charts', dir: join(repoRoot, 'packages/charts'), snapshot: 'charts.json' },
] as const;

export type PublishedPackage = (typeof publishedPackages)[number];

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}
