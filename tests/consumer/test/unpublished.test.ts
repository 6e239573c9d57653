import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { publishedPackages } from '../src/workspace.ts';

const { projectDir } = inject('consumer');
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
