import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_TARBALL_BYTES } from '@ua-drones/budgets';
import { expect, inject, test } from 'vitest';
import { publishedPackages } from '../src/workspace.ts';

const { projectDir, tarballs } = inject('consumer');
const installed = join(projectDir, 'node_modules/@ua-drones/data');
const sourcesDir = join(publishedPackages.data.dir, 'sources');

// The source texts are copyrighted articles: the site checks excerpts against them at build time
// (the data build copies them into site-files/ for it), and no npm user may receive them.
test('the data tarball holds neither the source texts nor the files written for the site', () => {
  const files = readdirSync(installed, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const relative = files.map((file) => file.slice(installed.length + 1));
  expect(relative.filter((file) => /^(sources|site-files)\//.test(file))).toEqual([]);

  const texts = readdirSync(sourcesDir).map((name) => ({
    name,
    text: readFileSync(join(sourcesDir, name), 'utf8').trim(),
  }));
  expect(texts.length).toBeGreaterThan(0);
  const leaked = files.flatMap((file) => {
    const content = readFileSync(file, 'utf8');
    return texts
      .filter(
        ({ text }) => content.includes(text) || content.includes(JSON.stringify(text).slice(1, -1)),
      )
      .map(({ name }) => `${file.slice(installed.length + 1)} holds sources/${name}`);
  });
  expect(leaked).toEqual([]);
});

test(`the data tarball is at most ${DATA_TARBALL_BYTES / 1024} KB, as npm downloads it`, () => {
  const bytes = statSync(tarballs.data).size;
  console.info(
    `data tarball: ${bytes} bytes, ${DATA_TARBALL_BYTES - bytes} under the budget of ${DATA_TARBALL_BYTES}`,
  );
  expect(bytes).toBeLessThanOrEqual(DATA_TARBALL_BYTES);
});
