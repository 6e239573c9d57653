/**
 * Files the @ua-drones/data build writes for this site into packages/data/site-files/: outputs of
 * that build, so Turborepo rebuilds the site when they change, and never published (see
 * packages/data/src/build/site-files.ts for what each holds).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Folder of @ua-drones/data (its package.json is exported for this). */
const dataPackageDir = () =>
  dirname(createRequire(import.meta.url).resolve('@ua-drones/data/package.json'));

/** The parsed JSON of site-files/<name>. Throws, saying to build the data package, when missing. */
export function readDataSiteFile(name: 'releases.json' | 'source-texts.json'): unknown {
  const file = join(dataPackageDir(), 'site-files', name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${file} is missing: build @ua-drones/data first (\`turbo run build --filter=@ua-drones/data\`): ${(error as Error).message}`,
    );
  }
  return JSON.parse(text);
}
