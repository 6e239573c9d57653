import { expect, inject, test } from 'vitest';
import { run, transcript } from '../src/run.ts';
import { publishedPackages, readManifest } from '../src/workspace.ts';

const { projectDir } = inject('consumer');
const peers = Object.keys(readManifest(publishedPackages.charts.dir).peerDependencies ?? {});

/** Runs an ES module in the consumer project as if `name` were not installed. */
const withoutPackage = (name: string, code: string) =>
  run(process.execPath, ['--import', './hide-package.mjs', '--input-type=module', '-e', code], {
    cwd: projectDir,
    env: { HIDE_PACKAGE: name },
  });

test('the charts package depends on neither jsdom nor svgo: they are optional peers', () => {
  const manifest = readManifest(publishedPackages.charts.dir);
  expect(peers.sort()).toEqual(['jsdom', 'svgo']);
  expect(Object.keys(manifest.dependencies ?? {})).not.toContain('jsdom');
  expect(Object.keys(manifest.dependencies ?? {})).not.toContain('svgo');
});

test.concurrent.for(peers)(
  'without %s, the ssr entry names it and the command that installs it',
  async (peer) => {
    const result = await withoutPackage(peer, "await import('@ua-drones/charts/ssr')");
    expect(result.code, transcript(result)).toBe(1);
    expect(result.stderr).toContain(
      `@ua-drones/charts/ssr renders in Node with ${peer}, which is not installed: run \`npm install ${peer}\``,
    );
  },
);

test('without jsdom, the main entry still loads: browsers need neither peer', async () => {
  const result = await withoutPackage(
    'jsdom',
    "const { charts } = await import('@ua-drones/charts'); console.log(Object.keys(charts).length)",
  );
  expect(result.code, transcript(result)).toBe(0);
});
