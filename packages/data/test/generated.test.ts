import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatWithBiome } from '../src/build/biome.ts';
import { withFieldReference } from '../src/build/field-reference.ts';
import { generateTypes } from '../src/build/typegen.ts';
import { packageDir } from './helpers.ts';

const stale = 'is stale: run `pnpm --filter @ua-drones/data generate`';

test('src/types.ts is generated from the current schemas', () => {
  expect(readFileSync(join(packageDir, 'src/types.ts'), 'utf8'), `src/types.ts ${stale}`).toBe(
    formatWithBiome(generateTypes(), 'src/types.ts', packageDir),
  );
});

test('the README field reference is generated from the current schemas', () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  expect(readme, `README.md ${stale}`).toBe(withFieldReference(readme));
  expect(readme).toMatch(/\| `valueInBaseUnit` +\| number +\| yes +\| The value converted/);
  expect(readme).toMatch(
    /\| `attributedTo.words` +\| string +\| yes +\| How the text names who said it, verbatim/,
  );
});
