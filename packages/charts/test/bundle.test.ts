import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('the browser bundle of the main entry holds neither jsdom nor svgo', async () => {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((path) => path.includes('@observablehq/plot'))).toBe(true);
  expect(inputs.filter((path) => /jsdom|svgo|node:/.test(path))).toEqual([]);
});
