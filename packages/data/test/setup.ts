import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The runtime modules import the JSON tables in src/data/, which the build writes but turbo's
// cache does not restore (it restores dist/ only): write them if they are missing.
export default function setup() {
  const root = join(import.meta.dirname, '..');
  if (!existsSync(join(root, 'src/data/meta.json')))
    execFileSync(process.execPath, [join(root, 'scripts/build.ts'), '--tables'], {
      stdio: 'inherit',
    });
}
