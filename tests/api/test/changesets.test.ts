import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { pendingBumps, readPendingChangesets } from '../src/changesets.ts';

const root = await mkdtemp(join(tmpdir(), 'ua-drones-changesets-'));
afterAll(() => rm(root, { recursive: true, force: true }));

test('pending bumps are the highest each package is given across changesets', async () => {
  await mkdir(join(root, '.changeset'));
  const changeset = (releases: string, summary: string) => `---\n${releases}\n---\n\n${summary}\n`;
  await writeFile(
    join(root, '.changeset/add-quotes.md'),
    changeset(`"@ua-drones/data": minor\n"@ua-drones/charts": patch`, 'Add quotes.'),
  );
  await writeFile(
    join(root, '.changeset/rename-figure.md'),
    changeset(`"@ua-drones/data": major`, 'Rename a figure id.'),
  );
  await writeFile(join(root, '.changeset/README.md'), '# not a changeset\n');
  const changesets = await readPendingChangesets(root);
  expect(changesets.map(({ id }) => id).sort()).toEqual(['add-quotes', 'rename-figure']);
  expect(Object.fromEntries(pendingBumps(changesets))).toEqual({
    '@ua-drones/data': 'major',
    '@ua-drones/charts': 'patch',
  });
});
