import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

/** The published packages, by npm name, with the folder each is built and packed from. */
export const publishedPackages = {
  data: { name: '@ua-drones/data', dir: join(repoRoot, 'packages/data') },
  charts: { name: '@ua-drones/charts', dir: join(repoRoot, 'packages/charts') },
} as const;

export type PublishedPackage = keyof typeof publishedPackages;

export interface Manifest {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}
