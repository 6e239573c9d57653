import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runOrThrow } from './run.ts';
import { publishedPackages, readManifest } from './workspace.ts';

export interface Tarballs {
  data: string;
  charts: string;
}

/**
 * A project outside the workspace that depends on the tarballs only, installed with plain npm, so
 * nothing resolves through a workspace link. The override makes charts' dependency on data use
 * the local data tarball too, not a copy from the registry.
 */
export async function createConsumerProject(dir: string, tarballs: Tarballs): Promise<void> {
  const charts = readManifest(publishedPackages.charts.dir);
  // A consumer who renders on the server installs the optional peers (jsdom) next to charts.
  const peers = Object.fromEntries(
    Object.keys(charts.peerDependencies ?? {}).map((name) => {
      const version = charts.devDependencies?.[name];
      if (!version) throw new Error(`${charts.name}: peer ${name} has no pinned devDependency`);
      return [name, version];
    }),
  );
  const manifest = {
    name: 'ua-drones-consumer',
    private: true,
    type: 'module',
    dependencies: {
      '@ua-drones/data': `file:${tarballs.data}`,
      '@ua-drones/charts': `file:${tarballs.charts}`,
      ...peers,
    },
    overrides: { '@ua-drones/data': '$@ua-drones/data' },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(join(import.meta.dirname, '../fixtures'), dir, { recursive: true });
  await runOrThrow(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: dir },
  );
}
