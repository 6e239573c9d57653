/**
 * Regenerates what is derived from the schemas and kept in git: the published TypeScript types
 * (src/types.ts) and the README's field reference. A test fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatWithBiome } from '../src/build/biome.ts';
import { withFieldReference } from '../src/build/field-reference.ts';
import { generateTypes } from '../src/build/typegen.ts';

const root = resolve(import.meta.dirname, '..');
writeFileSync(join(root, 'src/types.ts'), formatWithBiome(generateTypes(), 'src/types.ts', root));
const readme = join(root, 'README.md');
writeFileSync(readme, withFieldReference(readFileSync(readme, 'utf8')));
console.log('wrote src/types.ts and the field reference in README.md');
